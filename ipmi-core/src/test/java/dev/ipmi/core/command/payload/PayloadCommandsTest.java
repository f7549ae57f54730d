package dev.ipmi.core.command.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The payload answers ipmi_sim gave while SOL was idle, active and stolen. */
class PayloadCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    @Test
    void activateLikeIpmitoolAndReadIpmiSimAnswer() throws Exception {
        ActivatePayload req = ActivatePayload.sol(1, true, true);
        ByteBuffer out = ByteBuffer.allocate(req.dataLength());
        req.encodeData(out);
        assertEquals("0101c6000000", Wire.hex(out.array()));
        assertTrue(req.encryption());
        assertTrue(req.authentication());
        ActivatePayload.Response r = req.decodeResponse(hex("00000000 2000 0040 9725 ffff"));
        assertEquals(32, r.inboundPayloadSize());
        assertEquals(16384, r.outboundPayloadSize());
        assertEquals(9623, r.port());
        assertEquals(ActivatePayload.Response.NO_VLAN, r.vlan());
    }

    @Test
    void activationStatusAndOwner() throws Exception {
        GetPayloadActivationStatus status = new GetPayloadActivationStatus(PayloadType.SOL);
        assertFalse(status.decodeResponse(hex("01 00 00")).isActive(1));
        GetPayloadActivationStatus.Response active = status.decodeResponse(hex("01 01 00"));
        assertEquals(1, active.instanceCapacity());
        assertTrue(active.isActive(1));
        GetPayloadInstanceInfo info = new GetPayloadInstanceInfo(PayloadType.SOL, 1);
        assertFalse(info.decodeResponse(hex("00 00 00 00 01 00 00 00 00 00 00 00")).active());
        assertEquals(0x0c82, info.decodeResponse(hex("82 0c 00 00 01 00 00 00 00 00 00 00")).ownerSessionId());
    }

    @Test
    void payloadSupportFromIpmiSim() throws Exception {
        GetChannelPayloadSupport.Response r = new GetChannelPayloadSupport(1).decodeResponse(hex("06 00 00 00 00 00 00 00"));
        assertTrue(r.supports(PayloadType.SOL));
        assertFalse(r.supports(PayloadType.IPMI));
        assertTrue(new GetUserPayloadAccess(1, 2).decodeResponse(hex("02 00 00 00")).solEnabled());
    }
}
