package dev.ipmi.testkit.ipmisim;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * Asks a BMC "are you there?" with a sessionless Get Channel Authentication Capabilities
 * (IPMI v2.0 section 22.13) in an IPMI 1.5 session wrapper with auth type NONE and session
 * ID 0 (section 13.6), which every BMC must answer before any login.
 *
 * <p>It checks the IPMI layer, not just the socket: ipmi_sim processes its emulator file
 * before its select loop, so an answer also means the users, sensors, SEL and FRU are set up.
 *
 * <pre>
 * request (23 bytes)
 *  RMCP      06 00 ff 07              version 6, reserved, seq ff (no ACK), class IPMI
 *  session   00 | 00000000 | 00000000 | 09   auth type NONE, sequence, session ID, length
 *  message   20 18 c8 | 81 rqSeq 38 | 8e 04 | chk
 *            rsAddr BMC, netFn App (06h) &lt;&lt; 2, checksum, rqAddr remote console, seq,
 *            cmd 38h, channel "this one" + IPMI v2.0 data, privilege ADMINISTRATOR, checksum
 * response
 *  RMCP(4) session(10) | 81 1c chk | 20 rqSeq 38 | cc | 8 data bytes | chk
 * </pre>
 */
final class BmcProbe {
    private static final int RQ_ADDR = 0x81;
    private static final int BMC_ADDR = 0x20;
    private static final int NETFN_APP = 0x06;
    private static final int CMD_GET_CHANNEL_AUTH_CAPABILITIES = 0x38;

    private BmcProbe() {}

    /**
     * Sends one request and waits at most {@code wait} for a matching, successful response.
     * False on silence, a wrong answer or a network error: the caller just asks again.
     */
    static boolean answers(InetSocketAddress bmc, Duration wait) {
        int seq = 1 + (int) (System.nanoTime() & 0x3E);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(bmc.getAddress(), 0))) {
            socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
            ByteBuffer rq = request(seq);
            socket.send(new DatagramPacket(rq.array(), rq.limit(), bmc));
            byte[] buf = new byte[128];
            DatagramPacket rs = new DatagramPacket(buf, buf.length);
            socket.receive(rs);
            return isSuccessfulResponse(ByteBuffer.wrap(buf, 0, rs.getLength()), seq);
        } catch (IOException e) {
            // Silence (SocketTimeoutException) or nobody listening yet (PortUnreachableException).
            return false;
        }
    }

    static ByteBuffer request(int seq) {
        ByteBuffer b = ByteBuffer.allocate(23);
        b.put((byte) 0x06).put((byte) 0x00).put((byte) 0xFF).put((byte) 0x07);
        b.put((byte) 0x00);
        Wire.putI32le(b, 0);
        Wire.putI32le(b, 0);
        b.put((byte) 9);
        int netFnLun = NETFN_APP << 2;
        b.put((byte) BMC_ADDR).put((byte) netFnLun).put(checksum(BMC_ADDR, netFnLun));
        int seqLun = seq << 2;
        int channelAndV2 = 0x8E; // bit 7: IPMI v2.0 extended data; 0Eh: the channel asked on
        int privilege = 0x04;
        b.put((byte) RQ_ADDR).put((byte) seqLun).put((byte) CMD_GET_CHANNEL_AUTH_CAPABILITIES)
                .put((byte) channelAndV2).put((byte) privilege)
                .put(checksum(RQ_ADDR, seqLun, CMD_GET_CHANNEL_AUTH_CAPABILITIES, channelAndV2, privilege));
        return b.flip();
    }

    static boolean isSuccessfulResponse(ByteBuffer in, int seq) {
        try {
            Wire.need(in, 4 + 10 + 7 + 1, "Get Channel Auth Capabilities response");
            if (Wire.u8(in) != 0x06 || Wire.u8(in) != 0 || Wire.u8(in) != 0xFF || (Wire.u8(in) & 0x1F) != 0x07) {
                return false;
            }
            if (Wire.u8(in) != 0x00) { // auth type NONE: the answer to a sessionless request
                return false;
            }
            in.position(in.position() + 8);
            int length = Wire.u8(in);
            if (length < 8) {
                return false;
            }
            Wire.need(in, length, "IPMI message");
            int rqAddr = Wire.u8(in);
            int netFn = Wire.u8(in) >> 2;
            in.get(); // header checksum: a corrupt answer still proves the BMC is up
            int rsAddr = Wire.u8(in);
            int rqSeq = Wire.u8(in) >> 2;
            int cmd = Wire.u8(in);
            int completionCode = Wire.u8(in);
            return rqAddr == RQ_ADDR && netFn == (NETFN_APP | 1) && rsAddr == BMC_ADDR && rqSeq == seq
                    && cmd == CMD_GET_CHANNEL_AUTH_CAPABILITIES && completionCode == 0x00;
        } catch (MalformedPacketException e) {
            return false;
        }
    }

    private static byte checksum(int... bytes) {
        int sum = 0;
        for (int v : bytes) {
            sum += v;
        }
        return (byte) -sum;
    }
}
