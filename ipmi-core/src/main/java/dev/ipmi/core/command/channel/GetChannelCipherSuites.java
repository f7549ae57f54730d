package dev.ipmi.core.command.channel;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.CipherSuiteRecords;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Get Channel Cipher Suites (IPMI v2.0 section 22.15): NetFn App (06h), command 54h, callable
 * outside a session (Callback), no side effects. The list comes in pages of up to 16 bytes;
 * read index 0, 1, ... until a page is shorter than 16, then parse the concatenation with
 * {@link #parseSuites}.
 *
 * <pre>
 * request:  b3:0 channel | payload type (00h IPMI) | b7 list by cipher suite, b5:0 page index
 * response: channel | record data (0-16 bytes):
 *           C0h id auth(00-3F) [40h|integrity]... [80h|confidentiality]...   standard suite
 *           C1h id IANA(3) auth ...                                          OEM suite
 * </pre>
 *
 * ipmi_sim (page 0): {@code 01 c0 03 01 41 81 c0 11 03 44 81}. Sessionless, ipmi_sim never answers.
 */
public record GetChannelCipherSuites(int channel, int payloadType, boolean listBySuite, int index)
        implements IpmiRequest<GetChannelCipherSuites.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Channel Cipher Suites", NetFn.APP, 0x54, PrivilegeLevel.CALLBACK);
    /** Page size: a page shorter than this is the last. */
    public static final int PAGE_BYTES = 16;

    public GetChannelCipherSuites {
        if (index < 0 || index > 0x3F) {
            throw new IllegalArgumentException("list index is 6 bits: " + index);
        }
    }

    /** Page {@code index} of the IPMI payload's suites, listed by suite, on {@code channel}. */
    public static GetChannelCipherSuites page(int channel, int index) {
        return new GetChannelCipherSuites(channel, 0, true, index);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 3;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (channel & 0x0F)).put((byte) payloadType).put((byte) ((listBySuite ? 0x80 : 0) | index));
    }

    public static GetChannelCipherSuites decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Get Channel Cipher Suites request");
        int ch = Wire.u8(data) & 0x0F;
        int payload = Wire.u8(data) & 0x3F;
        int b = Wire.u8(data);
        return new GetChannelCipherSuites(ch, payload, (b & 0x80) != 0, b & 0x3F);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Channel Cipher Suites response");
        int ch = Wire.u8(data);
        return new Response(ch, Octets.read(data, Math.min(PAGE_BYTES, data.remaining()), "Get Channel Cipher Suites response"));
    }

    /**
     * The standard suites in concatenated record data (see {@link CipherSuiteRecords} for the
     * record format and for OEM records).
     */
    public static List<CipherSuite> parseSuites(Octets recordData) throws MalformedPacketException {
        return CipherSuiteRecords.standardSuites(CipherSuiteRecords.decode(ByteBuffer.wrap(recordData.toByteArray())));
    }

    /** @param recordData this page of cipher suite records, at most 16 bytes */
    public record Response(int channel, Octets recordData) implements CommandResponse {
        /** Whether more pages follow. */
        public boolean hasMore() {
            return recordData.length() == PAGE_BYTES;
        }

        @Override
        public int encodedLength() {
            return 1 + recordData.length();
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) channel);
            recordData.writeTo(out);
        }
    }
}
