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
import org.junit.jupiter.params.provider.MethodSource;

class RmcpAsfTest {
    static Stream<Arguments> rmcpHeaders() {
        return Stream.of(
                Arguments.of("0600ff07", RmcpHeader.IPMI),
                Arguments.of("0600ff06", RmcpHeader.asf()),
                Arguments.of("06001206", new RmcpHeader(0x12, RmcpClass.ASF, false)),
                Arguments.of("06001286", new RmcpHeader(0x12, RmcpClass.ASF, true)),
                Arguments.of("0600ff08", new RmcpHeader(0xFF, RmcpClass.OEM, false)),
                Arguments.of("0600ff0c", new RmcpHeader(0xFF, RmcpClass.of(0x0C), false)),
                Arguments.of("0500ff07", null), // RMCP version other than 06h
                Arguments.of("0600ff", null),
                Arguments.of("", null));
    }

    @ParameterizedTest
    @MethodSource("rmcpHeaders")
    void rmcpHeaderTable(String hex, RmcpHeader expected) throws MalformedPacketException {
        RmcpHeader got = assertDecodes(hex, expected, RmcpHeader::decode);
        if (got != null) {
            assertEncodes(got, hex, RmcpHeader::encodedLength, RmcpHeader::encode);
        }
    }

    @Test
    void reservedBitsOfTheClassByteAreIgnored() throws MalformedPacketException {
        assertEquals(RmcpHeader.IPMI, RmcpHeader.decode(ByteBuffer.wrap(Wire.unhex("0677ff67"))));
    }

    @Test
    void onlyNormalMessagesWithASequenceNumberWantAnAck() {
        assertFalse(RmcpHeader.IPMI.wantsAck());
        assertTrue(new RmcpHeader(3, RmcpClass.ASF, false).wantsAck());
        assertFalse(new RmcpHeader(3, RmcpClass.ASF, true).wantsAck());
    }

    @Test
    void ackEchoesSequenceAndClass() throws MalformedPacketException {
        RmcpAck ack = RmcpAck.acknowledging(new RmcpHeader(0x12, RmcpClass.ASF, false));
        assertEncodes(ack, "06001286", RmcpAck::encodedLength, RmcpAck::encode);
        assertDecodes("06001286", ack, RmcpAck::decode);
        assertDecodes("06001206", null, RmcpAck::decode);
    }

    @Test
    void rmcpClassIsOpen() {
        assertEquals("07h (IPMI)", RmcpClass.IPMI.toString());
        assertEquals("1Fh (reserved)", RmcpClass.of(0xFF).toString());
        assertEquals(RmcpClass.ASF, RmcpClass.of(0x86));
    }

    @Test
    void rmcpHeaderRejectsOutOfRangeSequence() {
        assertThrows(IllegalArgumentException.class, () -> new RmcpHeader(256, RmcpClass.IPMI, false));
    }

    static Stream<Arguments> pings() {
        return Stream.of(
                Arguments.of("000011be80000000", new PresencePing(0)),
                Arguments.of("000011be80c40000", new PresencePing(0xC4)),
                Arguments.of("000011be40000000", null), // a pong header
                Arguments.of("000011bf80000000", null), // not the ASF IANA
                Arguments.of("000011be800000", null),
                Arguments.of("000011be80000004aabb", null)); // data length beyond the datagram
    }

    @ParameterizedTest
    @MethodSource("pings")
    void pingTable(String hex, PresencePing expected) throws MalformedPacketException {
        PresencePing got = assertDecodes(hex, expected, PresencePing::decode);
        if (got != null) {
            assertEncodes(got, hex, PresencePing::encodedLength, PresencePing::encode);
        }
    }

    static Stream<Arguments> pongs() {
        return Stream.of(
                // ipmi_sim's pong (vector ipmi15-md5-getdeviceid frame 2)
                Arguments.of("000011be40000010000011be000000008100000000000000",
                        new PresencePong(0, 4542, 0, true, 1, false, false)),
                Arguments.of("000011be40070010000011be1234567801a0000000000000",
                        new PresencePong(7, 4542, 0x12345678, false, 1, true, true)),
                Arguments.of("000011be4007000f000011be1234567801a00000000000", null), // 15 data bytes
                Arguments.of("000011be80000010000011be000000008100000000000000", null), // type ping
                Arguments.of("000011be40000010000011be00000000810000", null));
    }

    @ParameterizedTest
    @MethodSource("pongs")
    void pongTable(String hex, PresencePong expected) throws MalformedPacketException {
        PresencePong got = assertDecodes(hex, expected, PresencePong::decode);
        if (got != null) {
            assertEncodes(got, hex, PresencePong::encodedLength, PresencePong::encode);
        }
    }

    @Test
    void asfHeaderPeek() throws MalformedPacketException {
        ByteBuffer in = ByteBuffer.wrap(Wire.unhex("000011be40000010000011be000000008100000000000000"));
        AsfMessage h = AsfMessage.decode(in.duplicate());
        assertEquals(new AsfMessage(4542, AsfMessageType.PRESENCE_PONG, 0, 16), h);
        assertEquals("40h (Presence Pong)", h.type().toString());
        assertEquals("10h", AsfMessageType.of(0x10).toString());
        assertEncodes(h, "000011be40000010", AsfMessage::encodedLength, AsfMessage::encode);
    }

    @Test
    void bigEndianRegardlessOfBufferOrder() {
        ByteBuffer out = ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        new PresencePing(1).encode(out);
        assertEquals("000011be80010000", Wire.hex(out.array()));
    }

    @Test
    void robustness() {
        Robustness.assertRobust("RmcpHeader", Wire.unhex("0600ff07"), RmcpHeader::decode);
        Robustness.assertRobust("RmcpAck", Wire.unhex("06001286"), RmcpAck::decode);
        Robustness.assertRobust("AsfMessage", Wire.unhex("000011be80000000"), AsfMessage::decode);
        Robustness.assertRobust("PresencePing", Wire.unhex("000011be80000000"), PresencePing::decode);
        Robustness.assertRobust("PresencePong", Wire.unhex("000011be40000010000011be000000008100000000000000"),
                PresencePong::decode);
    }
}
