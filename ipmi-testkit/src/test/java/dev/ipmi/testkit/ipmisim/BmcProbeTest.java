package dev.ipmi.testkit.ipmisim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BmcProbeTest {
    /** Get Channel Auth Capabilities request, rqSeq 5: IPMI v2.0 section 22.13 in a 1.5 wrapper. */
    private static final String REQUEST = "0600ff07" + "00" + "00000000" + "00000000" + "09"
            + "2018c8" + "8114" + "38" + "8e04" + "a1";

    /**
     * ipmi_sim's answer (rqSeq 5): data {@code 01 97 04 03 00 00 00 00} = channel 1,
     * none/MD2/MD5/straight + IPMI 2.0 extended, non-null user names only, IPMI 1.5 and 2.0.
     */
    private static final String RESPONSE = "0600ff07" + "00" + "00000000" + "00000000" + "10"
            + "811c63" + "2014" + "38" + "00" + "0197040300000000" + "f5";

    @Test
    void requestBytes() {
        assertEquals(REQUEST, Wire.hex(BmcProbe.request(5)));
    }

    @Test
    void acceptsTheAnswerToItsOwnSequenceNumberOnly() {
        assertTrue(BmcProbe.isSuccessfulResponse(ByteBuffer.wrap(Wire.unhex(RESPONSE)), 5));
        assertFalse(BmcProbe.isSuccessfulResponse(ByteBuffer.wrap(Wire.unhex(RESPONSE)), 6));
    }

    @Test
    void rejectsAnErrorCompletionCode() {
        String cc = RESPONSE.substring(0, 40) + "c1" + RESPONSE.substring(42);
        assertFalse(BmcProbe.isSuccessfulResponse(ByteBuffer.wrap(Wire.unhex(cc)), 5));
    }

    @Test
    void neverThrowsOnGarbage() {
        byte[] valid = Wire.unhex(RESPONSE);
        for (int n = 0; n < valid.length; n++) {
            assertFalse(BmcProbe.isSuccessfulResponse(ByteBuffer.wrap(valid, 0, n), 5), "truncated to " + n);
        }
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            byte[] b = valid.clone();
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            BmcProbe.isSuccessfulResponse(ByteBuffer.wrap(b, 0, random.nextInt(b.length + 1)), 5);
        }
    }
}
