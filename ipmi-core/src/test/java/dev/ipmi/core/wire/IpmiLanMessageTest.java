package dev.ipmi.core.wire;

import static dev.ipmi.core.wire.WireAssertions.assertDecodes;
import static dev.ipmi.core.wire.WireAssertions.assertEncodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.testing.Robustness;
import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IpmiLanMessageTest {
    private static final String GET_AUTH_CAPS = "2018c88100388e04b5";
    private static final String GET_DEVICE_ID_RESPONSE = "811c63200c010020010123029f911200020f0000000039";

    static Stream<Arguments> requests() {
        return Stream.of(
                // Get Channel Authentication Capabilities, as ipmitool sends it
                Arguments.of(GET_AUTH_CAPS,
                        new IpmiLanRequest(0x20, NetFn.APP, 0, 0x81, 0, 0, 0x38, Wire.unhex("8e04"))),
                // Get Device ID, no data, rqSeq 3
                Arguments.of("2018c8810c0172", new IpmiLanRequest(0x20, NetFn.APP, 0, 0x81, 3, 0, 0x01, new byte[0])),
                // Group extension 2Ch with LUNs
                Arguments.of("20b22e8109003002" + "44",
                        new IpmiLanRequest(0x20, NetFn.GROUP_EXTENSION, 2, 0x81, 2, 1, 0x00, Wire.unhex("3002"))),
                Arguments.of("2018c881003800", null), // too short (no checksum 2)
                Arguments.of("811c6320003800019704030000000009", null)); // a response
    }

    @ParameterizedTest
    @MethodSource("requests")
    void requestTable(String hex, IpmiLanRequest expected) throws MalformedPacketException {
        IpmiLanRequest got = assertDecodes(hex, expected, IpmiLanRequest::decode);
        if (got != null) {
            assertEncodes(got, hex, IpmiLanRequest::encodedLength, IpmiLanRequest::encode);
        }
    }

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("811c6320003800019704030000000009", new IpmiLanResponse(0x81, NetFn.APP, 0, 0x20, 0, 0,
                        0x38, CompletionCode.NORMAL, Wire.unhex("0197040300000000"))),
                // cc C1h, no data, NetFn 2Dh on the wire
                Arguments.of("81b4cb20083ec1d9", new IpmiLanResponse(0x81, NetFn.GROUP_EXTENSION, 0, 0x20, 2, 0, 0x3e,
                        CompletionCode.INVALID_COMMAND, new byte[0])),
                Arguments.of("81b4cb20083e" + "c2", null), // no completion code
                Arguments.of(GET_AUTH_CAPS, null)); // a request
    }

    @ParameterizedTest
    @MethodSource("responses")
    void responseTable(String hex, IpmiLanResponse expected) throws MalformedPacketException {
        IpmiLanResponse got = assertDecodes(hex, expected, IpmiLanResponse::decode);
        if (got != null) {
            assertEncodes(got, hex, IpmiLanResponse::encodedLength, IpmiLanResponse::encode);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "2018c98100388e04b5, checksum 1, request",
            "2018c88100388e04b6, checksum 2, request",
            "811c6420003800019704030000000009, checksum 1, response",
            "811c632000380001970403000000000a, checksum 2, response"})
    void badChecksumsAreReportedByName(String hex, String which, String kind) {
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> {
            ByteBuffer in = ByteBuffer.wrap(Wire.unhex(hex));
            if (kind.equals("request")) {
                IpmiLanRequest.decode(in);
            } else {
                IpmiLanResponse.decode(in);
            }
        });
        assertTrue(e.getMessage().contains(which), e.getMessage());
    }

    @Test
    void checksumIsTwosComplement() {
        ByteBuffer b = ByteBuffer.wrap(Wire.unhex("2018c8"));
        assertEquals(0xc8, Wire.checksum(b, 0, 2));
        assertEquals(0, Wire.checksum(b, 0, 0));
    }

    @Test
    void encodesStraightFromADataBuffer() {
        ByteBuffer out = ByteBuffer.allocate(9);
        ByteBuffer data = ByteBuffer.wrap(Wire.unhex("8e04"));
        IpmiLanRequest.encode(out, 0x20, NetFn.APP, 0, 0x81, 0, 0, 0x38, data);
        assertEquals(GET_AUTH_CAPS, Wire.hex(out.array()));
        assertFalse(data.hasRemaining());
    }

    private record AuthCaps(int length) implements IpmiRequest<Void> {
        static final CommandSpec SPEC = CommandSpec.query("Get Channel Authentication Capabilities", NetFn.APP, 0x38,
                PrivilegeLevel.CALLBACK);

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int dataLength() {
            return length;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) 0x8e).put((byte) 0x04);
        }

        @Override
        public Void decodeResponse(ByteBuffer data) {
            return null;
        }
    }

    @Test
    void encodesATypedRequestInPlace() {
        ByteBuffer out = ByteBuffer.allocate(20);
        out.position(5); // behind an imaginary session header
        IpmiLanRequest.encode(out, 0x20, 0, 0x81, 0, 0, new AuthCaps(2));
        assertEquals(5 + IpmiLanRequest.encodedLength(2), out.position());
        assertEquals(GET_AUTH_CAPS, Wire.hex(out.array(), 5, 9));
    }

    @Test
    void aRequestThatMisstatesItsLengthIsCaught() {
        ByteBuffer out = ByteBuffer.allocate(20);
        assertThrows(IllegalStateException.class, () -> IpmiLanRequest.encode(out, 0x20, 0, 0x81, 0, 0, new AuthCaps(3)));
    }

    @Test
    void requestFieldRanges() {
        assertThrows(IllegalArgumentException.class, () -> new IpmiLanRequest(0x20, NetFn.APP, 0, 0x81, 64, 0, 1, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new IpmiLanRequest(0x20, NetFn.APP, 4, 0x81, 0, 0, 1, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new IpmiLanRequest(0x20, new NetFn(7), 0, 0x81, 0, 0, 1, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new IpmiLanRequest(0x120, NetFn.APP, 0, 0x81, 0, 0, 1, new byte[0]));
    }

    @Test
    void viewReadsInPlace() throws MalformedPacketException {
        byte[] msg = Wire.unhex(GET_DEVICE_ID_RESPONSE);
        ByteBuffer buf = ByteBuffer.allocate(msg.length + 16);
        buf.position(16).put(msg).flip().position(16);
        IpmiLanResponseView v = new IpmiLanResponseView().wrap(buf);
        assertEquals(16, buf.position(), "wrap does not move the position");
        assertEquals(0x81, v.rqAddr());
        assertEquals(0x20, v.rsAddr());
        assertEquals(NetFn.APP, v.netFn());
        assertEquals(3, v.rqSeq());
        assertEquals(0, v.rqLun());
        assertEquals(0, v.rsLun());
        assertEquals(0x01, v.command());
        assertEquals(CompletionCode.NORMAL, v.completionCode());
        assertEquals(16 + 7, v.dataOffset());
        assertEquals(15, v.dataLength());
        assertEquals("20010123029f911200020f00000000", Wire.hex(buf.slice(v.dataOffset(), v.dataLength())));
        assertEquals("20010123029f911200020f00000000", Wire.hex(v.copyData()));
        assertTrue(v.answers(NetFn.APP, 0x01));
        assertFalse(v.answers(NetFn.APP, 0x02));
        assertFalse(v.answers(NetFn.CHASSIS, 0x01));
    }

    @Test
    void viewIsReusableAndEmptyAfterARejectedMessage() throws MalformedPacketException {
        IpmiLanResponseView v = new IpmiLanResponseView();
        v.wrap(ByteBuffer.wrap(Wire.unhex(GET_DEVICE_ID_RESPONSE)));
        assertEquals(3, v.rqSeq());
        v.wrap(ByteBuffer.wrap(Wire.unhex("81b4cb20083ec1d9")));
        assertEquals(2, v.rqSeq());
        assertEquals(0, v.dataLength());
        assertThrows(MalformedPacketException.class, () -> v.wrap(ByteBuffer.wrap(Wire.unhex("81b4cb20083ec1d8"))));
        assertThrows(IllegalStateException.class, v::rqSeq);
    }

    @Test
    void robustness() {
        Robustness.assertRobust("IpmiLanRequest", Wire.unhex(GET_AUTH_CAPS), IpmiLanRequest::decode);
        Robustness.assertRobust("IpmiLanResponse", Wire.unhex(GET_DEVICE_ID_RESPONSE), IpmiLanResponse::decode);
        IpmiLanResponseView view = new IpmiLanResponseView();
        Robustness.assertRobust("IpmiLanResponseView", Wire.unhex(GET_DEVICE_ID_RESPONSE), in -> {
            view.wrap(in);
            return view.copyData();
        });
    }
}
