package dev.ipmi.benchmarks.peer;

import org.metricshub.ipmi.core.coding.commands.IpmiCommandCoder;
import org.metricshub.ipmi.core.coding.commands.IpmiVersion;
import org.metricshub.ipmi.core.coding.commands.ResponseData;
import org.metricshub.ipmi.core.coding.payload.CompletionCode;
import org.metricshub.ipmi.core.coding.payload.IpmiPayload;
import org.metricshub.ipmi.core.coding.payload.lan.IPMIException;
import org.metricshub.ipmi.core.coding.payload.lan.IpmiLanRequest;
import org.metricshub.ipmi.core.coding.payload.lan.IpmiLanResponse;
import org.metricshub.ipmi.core.coding.payload.lan.NetworkFunction;
import org.metricshub.ipmi.core.coding.protocol.AuthenticationType;
import org.metricshub.ipmi.core.coding.protocol.IpmiMessage;
import org.metricshub.ipmi.core.coding.security.CipherSuite;
import org.metricshub.ipmi.core.common.TypeConverter;

/**
 * Get Device ID for the peer library, which ships no coder for it: a command coder written the
 * way the peer's own coders are (compare its {@code GetChassisStatus}: a request with no data,
 * completion code check, field-by-field parse into a response object), so the peer side of the
 * Get Device ID row runs the peer's framework with the thinnest adapter possible.
 */
public final class PeerGetDeviceId extends IpmiCommandCoder {

    public PeerGetDeviceId(CipherSuite suite) {
        super(IpmiVersion.V20, suite, AuthenticationType.RMCPPlus);
    }

    @Override
    public byte getCommandCode() {
        return 0x01;
    }

    @Override
    public NetworkFunction getNetworkFunction() {
        return NetworkFunction.ApplicationRequest;
    }

    @Override
    protected IpmiPayload preparePayload(int sequenceNumber) {
        return new IpmiLanRequest(getNetworkFunction(), getCommandCode(), null, TypeConverter.intToByte(sequenceNumber));
    }

    @Override
    public ResponseData getResponseData(IpmiMessage message) throws IPMIException {
        if (!isCommandResponse(message) || !(message.getPayload() instanceof IpmiLanResponse response)) {
            throw new IllegalArgumentException("not a Get Device ID response");
        }
        if (response.getCompletionCode() != CompletionCode.Ok) {
            throw new IPMIException(response.getCompletionCode());
        }
        byte[] d = response.getIpmiCommandData();
        if (d == null || d.length < 11) {
            throw new IllegalArgumentException("Get Device ID response too short");
        }
        Response r = new Response();
        r.deviceId = d[0] & 0xFF;
        r.deviceRevision = d[1] & 0x0F;
        r.providesDeviceSdrs = (d[1] & 0x80) != 0;
        r.firmwareMajor = d[2] & 0x7F;
        r.firmwareUpdateInProgress = (d[2] & 0x80) != 0;
        r.firmwareMinor = (d[3] >> 4 & 0x0F) * 10 + (d[3] & 0x0F);
        r.ipmiVersionMajor = d[4] & 0x0F;
        r.ipmiVersionMinor = d[4] >> 4 & 0x0F;
        r.supportBits = d[5] & 0xFF;
        r.manufacturerId = (d[6] & 0xFF | (d[7] & 0xFF) << 8 | (d[8] & 0xFF) << 16) & 0x0FFFFF;
        r.productId = d[9] & 0xFF | (d[10] & 0xFF) << 8;
        if (d.length >= 15) {
            r.auxiliaryFirmwareRevision = new byte[4];
            System.arraycopy(d, 11, r.auxiliaryFirmwareRevision, 0, 4);
        }
        return r;
    }

    /** Get Device ID response fields, as a peer-style mutable data holder. */
    public static final class Response implements ResponseData {
        public int deviceId;
        public int deviceRevision;
        public boolean providesDeviceSdrs;
        public int firmwareMajor;
        public int firmwareMinor;
        public boolean firmwareUpdateInProgress;
        public int ipmiVersionMajor;
        public int ipmiVersionMinor;
        public int supportBits;
        public int manufacturerId;
        public int productId;
        public byte[] auxiliaryFirmwareRevision;
    }
}
