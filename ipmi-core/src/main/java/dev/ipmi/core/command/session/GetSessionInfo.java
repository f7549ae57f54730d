package dev.ipmi.core.command.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get Session Info (IPMI v2.0 section 22.20): NetFn App (06h), command 3Dh, privilege User,
 * no side effects. Finds who owns a session (e.g. the SOL payload owner from Get Payload
 * Instance Info).
 *
 * <pre>
 * request:  00h (this session) | 01h-3Fh (n-th active) | FEh handle | FFh session id (4)
 * response: handle (00h: no such session) | b5:0 possible sessions | b5:0 active sessions |
 *           [b5:0 user id | b3:0 privilege | b7:4 protocol (0 IPMI 1.5, 1 IPMI 2.0), b3:0 channel |
 *           [LAN: remote IP (4, MS first) | remote MAC (6) | remote port (2, LS first)]]
 * </pre>
 *
 * ipmi_sim answers {@code 01 3f 01 02 04 11}, or {@code 00 3f 01} for an unused handle,
 * and omits the LAN bytes.
 *
 * @param selector 00h, 01h-3Fh, FEh or FFh as above
 * @param value    the handle for FEh, the session id for FFh, else 0
 */
public record GetSessionInfo(int selector, int value) implements IpmiRequest<GetSessionInfo.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Session Info", NetFn.APP, 0x3D, PrivilegeLevel.USER);
    private static final int BY_HANDLE = 0xFE;
    private static final int BY_ID = 0xFF;

    public GetSessionInfo {
        if (selector < 0 || selector > 0x3F && selector < BY_HANDLE || selector > BY_ID) {
            throw new IllegalArgumentException("session index is 00h-3Fh, FEh or FFh: " + selector);
        }
    }

    /** The session this request travels in. */
    public static GetSessionInfo current() {
        return new GetSessionInfo(0, 0);
    }

    /** The n-th active session, 1..63. */
    public static GetSessionInfo byIndex(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("index starts at 1");
        }
        return new GetSessionInfo(n, 0);
    }

    public static GetSessionInfo byHandle(int handle) {
        return new GetSessionInfo(BY_HANDLE, handle & 0xFF);
    }

    public static GetSessionInfo bySessionId(int sessionId) {
        return new GetSessionInfo(BY_ID, sessionId);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return switch (selector) {
            case BY_HANDLE -> 2;
            case BY_ID -> 5;
            default -> 1;
        };
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) selector);
        if (selector == BY_HANDLE) {
            out.put((byte) value);
        } else if (selector == BY_ID) {
            Wire.putI32le(out, value);
        }
    }

    public static GetSessionInfo decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Session Info request");
        int sel = Wire.u8(data);
        if (sel == BY_HANDLE) {
            Wire.need(data, 1, "Get Session Info request");
            return byHandle(Wire.u8(data));
        }
        if (sel == BY_ID) {
            Wire.need(data, 4, "Get Session Info request");
            return bySessionId(Wire.i32le(data));
        }
        if (sel > 0x3F) {
            throw new MalformedPacketException("Get Session Info request: reserved session index " + sel);
        }
        return new GetSessionInfo(sel, 0);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        String what = "Get Session Info response";
        Wire.need(data, 3, what);
        int handle = Wire.u8(data);
        int possible = Wire.u8(data) & 0x3F;
        int active = Wire.u8(data) & 0x3F;
        Session session = null;
        if (handle != 0 && data.remaining() >= 3) {
            int user = Wire.u8(data) & 0x3F;
            PrivilegeLevel p = PrivilegeLevel.decode(Wire.u8(data) & 0x0F, what);
            int b = Wire.u8(data);
            LanPeer peer = null;
            if (data.remaining() >= 12) {
                Octets ip = Octets.read(data, 4, what);
                Octets mac = Octets.read(data, 6, what);
                peer = new LanPeer(ip, mac, Wire.u16le(data));
            }
            session = new Session(user, p, (b & 0xF0) != 0, b & 0x0F, peer);
        }
        return new Response(handle, possible, active, session);
    }

    /** Where a LAN session comes from. @param ipAddress 4 bytes, MS first */
    public record LanPeer(Octets ipAddress, Octets macAddress, int port) {
        public LanPeer {
            if (ipAddress.length() != 4 || macAddress.length() != 6) {
                throw new IllegalArgumentException("IPv4 address is 4 bytes, MAC 6");
            }
        }
    }

    /**
     * @param ipmi20  session protocol: RMCP+ (true) or IPMI 1.5
     * @param lanPeer {@code null} when the BMC omits the channel-specific bytes
     */
    public record Session(int userId, PrivilegeLevel privilege, boolean ipmi20, int channel, LanPeer lanPeer) {}

    /** @param session {@code null} when the handle is 0 (no such session) or details are missing */
    public record Response(int sessionHandle, int possibleSessions, int activeSessions, Session session)
            implements CommandResponse {
        @Override
        public int encodedLength() {
            return session == null ? 3 : session.lanPeer() == null ? 6 : 18;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) sessionHandle).put((byte) possibleSessions).put((byte) activeSessions);
            if (session != null) {
                out.put((byte) session.userId()).put((byte) session.privilege().code());
                out.put((byte) ((session.ipmi20() ? 0x10 : 0) | session.channel()));
                LanPeer peer = session.lanPeer();
                if (peer != null) {
                    peer.ipAddress().writeTo(out);
                    peer.macAddress().writeTo(out);
                    Wire.putU16le(out, peer.port());
                }
            }
        }
    }
}
