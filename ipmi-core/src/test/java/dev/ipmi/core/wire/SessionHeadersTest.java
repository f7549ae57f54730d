package dev.ipmi.core.wire;

import static dev.ipmi.core.wire.WireAssertions.assertDecodes;
import static dev.ipmi.core.wire.WireAssertions.assertEncodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.testing.Robustness;
import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SessionHeadersTest {
    private static final byte[] MD5_CODE = Wire.unhex("6af4ea32857ed32783dbcaae2ef95bb4");

    /** header hex, payload hex, expected (null: must throw). */
    static Stream<Arguments> v15() {
        return Stream.of(
                Arguments.of("00000000000000000009", "2018c88100388e04b5", SessionHeaderV15.sessionless(9)),
                // ipmi15-md5-getdeviceid frame 9
                Arguments.of("02548aa757849f00006af4ea32857ed32783dbcaae2ef95bb408", "2018c881103b0430",
                        new SessionHeaderV15(AuthType.MD5, 0x57a78a54, 0x9f84, MD5_CODE, 8)),
                Arguments.of("04548aa757849f00006af4ea32857ed32783dbcaae2ef95bb400", "",
                        new SessionHeaderV15(AuthType.PASSWORD, 0x57a78a54, 0x9f84, MD5_CODE, 0)),
                Arguments.of("00000000000000000009", "2018c88100388e04", null), // payload cut short
                Arguments.of("06000000000000000000", "", null), // an RMCP+ header
                Arguments.of("03000000000000000000", "", null), // reserved auth type
                Arguments.of("02548aa757849f00006af4ea32857ed32783dbcaae2ef95b", "", null)); // auth code cut short
    }

    @ParameterizedTest
    @MethodSource("v15")
    void v15Table(String header, String payload, SessionHeaderV15 expected) throws MalformedPacketException {
        SessionHeaderV15 got = assertDecodes(header + payload, expected, SessionHeaderV15::decode);
        if (got != null) {
            assertEncodes(got, header, SessionHeaderV15::encodedLength, SessionHeaderV15::encode);
        }
    }

    @Test
    void v15DecodeLeavesThePayload() throws MalformedPacketException {
        ByteBuffer in = ByteBuffer.wrap(Wire.unhex("00000000000000000002aabbcc"));
        SessionHeaderV15.decode(in);
        assertEquals("aabbcc", Wire.hex(in)); // payload plus a trailing (legacy pad) byte
    }

    @Test
    void straightPasswordIsNeverPrinted() {
        byte[] password = "adminpass\0\0\0\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        SessionHeaderV15 h = new SessionHeaderV15(AuthType.PASSWORD, 1, 2, password, 0);
        assertFalse(h.toString().contains(Wire.hex(password)), h.toString());
        assertFalse(h.toString().contains("adminpass"), h.toString());
        SessionHeaderV15 md5 = new SessionHeaderV15(AuthType.MD5, 1, 2, MD5_CODE, 0);
        assertTrue(md5.toString().contains(Wire.hex(MD5_CODE)), md5.toString());
    }

    @Test
    void v15AuthCodeMustMatchAuthType() {
        assertThrows(IllegalArgumentException.class, () -> new SessionHeaderV15(AuthType.NONE, 0, 0, MD5_CODE, 0));
        assertThrows(IllegalArgumentException.class, () -> new SessionHeaderV15(AuthType.MD5, 0, 0, new byte[0], 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionHeaderV15(AuthType.RMCP_PLUS, 0, 0, new byte[0], 0));
    }

    static Stream<Arguments> v20() {
        return Stream.of(
                Arguments.of("06100000000000000000" + "0200", "aabb",
                        SessionHeaderV20.sessionless(PayloadType.OPEN_SESSION_REQUEST, 2)),
                // cs3-admin-getdeviceid frame 9: encrypted + authenticated IPMI message
                Arguments.of("06c0829b000003000000" + "0100", "ff",
                        new SessionHeaderV20(PayloadType.IPMI_MESSAGE, true, true, 0, 0, 0x9b82, 3, 1)),
                Arguments.of("0641a4a3a2a001000000" + "0000", "",
                        new SessionHeaderV20(PayloadType.SOL, false, true, 0, 0, 0xa0a2a3a4, 1, 0)),
                Arguments.of("0602a20200003412" + "443322110100000001 00".replace(" ", ""), "ff",
                        new SessionHeaderV20(PayloadType.OEM_EXPLICIT, false, false, 0x2a2, 0x1234, 0x11223344, 1, 1)),
                Arguments.of("0625000000000000000000 00".replace(" ", ""), "",
                        new SessionHeaderV20(PayloadType.of(0x25), false, false, 0, 0, 0, 0, 0)),
                Arguments.of("02100000000000000000" + "0200", "aabb", null), // IPMI 1.5 auth type
                Arguments.of("06100000000000000000" + "0300", "aabb", null), // payload cut short
                Arguments.of("0602a20200003412" + "4433221101000000", "", null), // OEM header cut short
                Arguments.of("06100000000000000000", "", null));
    }

    @ParameterizedTest
    @MethodSource("v20")
    void v20Table(String header, String payload, SessionHeaderV20 expected) throws MalformedPacketException {
        SessionHeaderV20 got = assertDecodes(header + payload, expected, SessionHeaderV20::decode);
        if (got != null) {
            assertEncodes(got, header, SessionHeaderV20::encodedLength, SessionHeaderV20::encode);
        }
    }

    @ParameterizedTest
    @CsvSource({"0610, true", "f6, true", "02, false", "00, false", "'', false"})
    void isNextTellsTheHeaderVersionsApart(String hex, boolean v20) {
        ByteBuffer in = ByteBuffer.wrap(Wire.unhex(hex));
        assertEquals(v20, SessionHeaderV20.isNext(in));
        assertEquals(0, in.position());
    }

    @Test
    void oemFieldsOnlyWithOemExplicit() {
        assertThrows(IllegalArgumentException.class,
                () -> new SessionHeaderV20(PayloadType.IPMI_MESSAGE, false, false, 1, 0, 0, 0, 0));
    }

    @Test
    void payloadTypeIsOpen() {
        assertEquals("12h (RAKP Message 1)", PayloadType.RAKP_1.toString());
        assertEquals("21h (OEM1)", PayloadType.of(0x21).toString());
        assertTrue(PayloadType.of(0x27).isOem());
        assertFalse(PayloadType.of(0x28).isOem());
        assertEquals("05h (reserved)", PayloadType.of(0x05).toString());
        assertEquals(PayloadType.SOL, PayloadType.of(0xC1));
    }

    @ParameterizedTest
    @CsvSource({"20,2", "21,1", "22,0", "23,3", "24,2", "12,2", "0,2"})
    void integrityPadMakesTheCoveredBytesAMultipleOfFour(int headerAndPayload, int pad) {
        assertEquals(pad, SessionTrailerV20.padLength(headerAndPayload));
        assertEquals(0, SessionTrailerV20.integrityDataLength(headerAndPayload) % 4);
        assertEquals(headerAndPayload + pad + 2, SessionTrailerV20.integrityDataLength(headerAndPayload));
    }

    static Stream<Arguments> trailers() {
        byte[] sha1 = Wire.unhex("69cad57a0486481fda9fc411");
        return Stream.of(
                // cs2-admin-getdeviceid frame 9
                Arguments.of("ffff0207" + "69cad57a0486481fda9fc411", 12, new SessionTrailerV20(2, sha1)),
                Arguments.of("0007" + "69cad57a0486481fda9fc411", 12, new SessionTrailerV20(0, sha1)),
                Arguments.of("ffffff0307", 0, new SessionTrailerV20(3, new byte[0])),
                Arguments.of("ffff0107" + "69cad57a0486481fda9fc411", 12, null), // pad length disagrees
                Arguments.of("ffff0206" + "69cad57a0486481fda9fc411", 12, null), // next header not 07h
                Arguments.of("ffffffff0407" + "69cad57a0486481fda9fc411", 12, null), // pad longer than 3
                Arguments.of("07" + "69cad57a0486481fda9fc411", 12, null));
    }

    @ParameterizedTest
    @MethodSource("trailers")
    void trailerTable(String hex, int authCodeLength, SessionTrailerV20 expected) throws MalformedPacketException {
        SessionTrailerV20 got = assertDecodes(hex, expected, in -> SessionTrailerV20.decode(in, authCodeLength));
        if (got != null) {
            assertEncodes(got, hex, SessionTrailerV20::encodedLength, SessionTrailerV20::encode);
        }
    }

    @Test
    void encodePaddingWritesPadLengthAndNextHeader() {
        ByteBuffer out = ByteBuffer.allocate(5);
        SessionTrailerV20.encodePadding(out, 3);
        assertEquals("ffffff0307", Wire.hex(out.array()));
    }

    @Test
    void robustness() {
        Robustness.assertRobust("SessionHeaderV15 NONE", Wire.unhex("000000000000000000092018c88100388e04b5"),
                SessionHeaderV15::decode);
        Robustness.assertRobust("SessionHeaderV15 MD5",
                Wire.unhex("02548aa757849f00006af4ea32857ed32783dbcaae2ef95bb4082018c881103b0430"),
                SessionHeaderV15::decode);
        Robustness.assertRobust("SessionHeaderV20", Wire.unhex("06c0829b0000030000000100ff"), SessionHeaderV20::decode);
        Robustness.assertRobust("SessionHeaderV20 OEM", Wire.unhex("0602a2020000341244332211010000000100ff"),
                SessionHeaderV20::decode);
        Robustness.assertRobust("SessionTrailerV20", Wire.unhex("ffff020769cad57a0486481fda9fc411"),
                in -> SessionTrailerV20.decode(in, 12));
    }
}
