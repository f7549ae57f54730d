package dev.ipmi.sol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolPacketTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // hex,                      seq, ack, accepted, control, data
        "01000000414243,               1,   0,   0,        0,       414243",   // data, no ack
        "00050200,                     0,   5,   2,        0,       ''",       // ack-only, 2 accepted
        "00054040,                     0,   5,   64,       64,      ''",       // NACK
        "0f0f1c10,                     15,  15,  28,       16,      ''",       // deactivating status
        "f3a10004,                     3,   1,   0,        4,       ''",       // reserved high nibbles ignored
        "0203030061,                   2,   3,   3,        0,       61",       // data piggybacking an ack
    })
    void decodes(String hex, int seq, int ack, int accepted, int control, String data) throws Exception {
        SolPacket p = SolPacket.decode(ByteBuffer.wrap(Wire.unhex(hex)));
        assertEquals(new SolPacket(seq, ack, accepted, control, Octets.ofHex(data)), p);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"''", "01", "0100", "010000"})
    void shortPacketsAreMalformed(String hex) {
        assertThrows(MalformedPacketException.class, () -> SolPacket.decode(ByteBuffer.wrap(Wire.unhex(hex))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "01000000414243, 1, 0, 0, 0, 414243",
        "00050240, 0, 5, 2, 64, ''",
        "0a0b1f3f7e, 10, 11, 31, 63, 7e",
    })
    void roundTrips(String hex, int seq, int ack, int accepted, int control, String data) throws Exception {
        SolPacket p = new SolPacket(seq, ack, accepted, control, Octets.ofHex(data));
        ByteBuffer out = ByteBuffer.allocate(p.encodedLength());
        p.encode(out);
        assertEquals(0, out.remaining(), "encodedLength is exact");
        assertEquals(hex, Wire.hex(out.array()));
        assertEquals(p, SolPacket.decode(ByteBuffer.wrap(out.array())));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "00, ''",
        "40, NACK", "20, RING", "10, BREAK", "08, CTS_PAUSE", "04, DCD_DSR_DEASSERT",
        "02, FLUSH_INBOUND", "01, FLUSH_OUTBOUND", "80, reserved 80h", "7f, NACK|RING|BREAK|CTS_PAUSE|DCD_DSR_DEASSERT|FLUSH_INBOUND|FLUSH_OUTBOUND",
    })
    void operationBits(String hex, String names) {
        SolOperation op = new SolOperation(Integer.parseInt(hex, 16));
        assertEquals("SolOperation[" + names + "]", op.toString());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "00, ''", "40, NACK", "20, TRANSFER_UNAVAILABLE", "10, DEACTIVATING", "08, TRANSMIT_OVERRUN",
        "04, BREAK_DETECTED", "83, reserved 83h", "50, NACK|DEACTIVATING",
    })
    void statusBits(String hex, String names) {
        SolStatus st = new SolStatus(Integer.parseInt(hex, 16));
        assertEquals("SolStatus[" + names + "]", st.toString());
    }

    @Test
    void accessors() {
        SolPacket p = SolPacket.ack(7, 3, true);
        assertTrue(p.isAck());
        assertTrue(p.operation().nack());
        assertFalse(SolPacket.data(1, new byte[] {1}).isAck());
        assertTrue(new SolStatus(0x10).deactivating());
        assertTrue(new SolStatus(0x04).breakDetected());
        assertTrue(SolOperation.NONE.with(SolOperation.BREAK).generateBreak());
        assertEquals(0x18, SolOperation.NONE.with(SolOperation.BREAK).with(SolOperation.CTS_PAUSE).bits());
    }

    @Test
    void robust() {
        Robustness.assertRobust("SOL payload", Wire.unhex("0203030061626364"), SolPacket::decode);
        Robustness.assertRobust("SOL ack", Wire.unhex("00050240"), SolPacket::decode);
    }
}
