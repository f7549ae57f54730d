package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ipmi.core.command.Commands;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.app.GetDeviceGuid;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.app.GetSelfTestResults;
import dev.ipmi.core.command.app.GetSystemGuid;
import dev.ipmi.core.command.channel.GetChannelCipherSuites;
import dev.ipmi.core.command.channel.GetChannelInfo;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.chassis.GetPohCounter;
import dev.ipmi.core.command.chassis.GetSystemBootOptions;
import dev.ipmi.core.command.chassis.GetSystemRestartCause;
import dev.ipmi.core.command.dcmi.GetPowerReading;
import dev.ipmi.core.command.payload.ActivatePayload;
import dev.ipmi.core.command.payload.DeactivatePayload;
import dev.ipmi.core.command.payload.GetChannelPayloadSupport;
import dev.ipmi.core.command.payload.GetPayloadActivationStatus;
import dev.ipmi.core.command.payload.GetPayloadInstanceInfo;
import dev.ipmi.core.command.payload.PayloadType;
import dev.ipmi.core.command.sensor.GetSensorHysteresis;
import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.core.command.sensor.GetSensorThresholds;
import dev.ipmi.core.command.session.GetChannelAuthenticationCapabilities;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.core.command.storage.GetFruInventoryAreaInfo;
import dev.ipmi.core.command.storage.GetSdr;
import dev.ipmi.core.command.storage.GetSdrRepositoryInfo;
import dev.ipmi.core.command.storage.GetSelEntry;
import dev.ipmi.core.command.storage.GetSelInfo;
import dev.ipmi.core.command.storage.GetSelTime;
import dev.ipmi.core.command.storage.ReadFruData;
import dev.ipmi.core.command.storage.ReserveSdrRepository;
import dev.ipmi.core.command.storage.ReserveSel;
import dev.ipmi.core.command.transport.GetLanConfigurationParameters;
import dev.ipmi.core.command.transport.GetSolConfigurationParameters;
import dev.ipmi.core.command.user.GetUserAccess;
import dev.ipmi.core.command.user.GetUserName;
import dev.ipmi.core.crypto.CipherSuite;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every response of the simulated BMC decodes with ipmi-core's catalogue: requests are encoded
 * by the catalogue's request records, responses decoded by their response decoders.
 */
class CatalogueConformanceTest {

    static List<IpmiRequest<?>> requests() {
        return List.of(new GetDeviceId(), new GetDeviceGuid(), new GetSystemGuid(), new GetSelfTestResults(),
                new GetChannelAuthenticationCapabilities(0x0E, true, PrivilegeLevel.ADMINISTRATOR),
                new GetChannelCipherSuites(0x0E, 0, true, 0), new GetChannelInfo(0x0E),
                GetSessionInfo.current(), new GetUserAccess(1, 2), new GetUserName(2),
                new GetChassisStatus(), new GetSystemRestartCause(), new GetPohCounter(),
                new GetSystemBootOptions(5, 0, 0),
                new GetSensorReading(1), new GetSensorReading(8), new GetSensorThresholds(2),
                new GetSensorHysteresis(1),
                new GetSdrRepositoryInfo(), new ReserveSdrRepository(), new GetSdr(0, 0, 0, 0xFF),
                new GetSelInfo(), new ReserveSel(), new GetSelEntry(0, 0, 0, 0xFF), new GetSelTime(),
                new GetFruInventoryAreaInfo(0), new ReadFruData(0, 0, 32),
                new GetLanConfigurationParameters(false, 1, 3, 0, 0),
                new GetSolConfigurationParameters(false, 1, 1, 0, 0),
                new GetChannelPayloadSupport(1), new GetPayloadActivationStatus(PayloadType.SOL),
                new ActivatePayload(PayloadType.SOL, 1, Octets.ofHex("c0000000")),
                new GetPayloadInstanceInfo(PayloadType.SOL, 1),
                new DeactivatePayload(PayloadType.SOL, 1),
                new GetPowerReading(1, 0));
    }

    @Test
    void everyResponseDecodes() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start(); TestConsole c = new TestConsole(bmc.address())) {
            c.login(CipherSuite.SUITE_17, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            for (IpmiRequest<?> request : requests()) {
                ByteBuffer data = ByteBuffer.allocate(request.dataLength());
                request.encodeData(data);
                byte[] response = c.command(request.spec().netFn().code(), request.spec().command(), data.array());
                assertNotNull(response, request::toString);
                assertEquals(0, response[0], () -> request + " completion code " + response[0]);
                Object decoded = Commands.decodeResponse(request, ByteBuffer.wrap(response));
                assertNotNull(decoded, request::toString);
            }
        }
    }
}
