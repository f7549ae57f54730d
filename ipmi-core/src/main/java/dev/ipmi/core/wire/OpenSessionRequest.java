package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * RMCP+ Open Session Request, the first message of IPMI 2.0 session setup, sent by the
 * console as payload type 10h (IPMI v2.0 section 13.17, table 13-9).
 *
 * <pre>
 *  byte 0       1                          2..3      4..7                    8..31
 *  +----------+--------------------------+---------+-----------------------+--------------------+
 *  | message  | [3:0] requested maximum  | reserved| console session ID    | auth / integrity / |
 *  | tag      | privilege, 0 = highest   |         | (LE), chosen by the   | confidentiality    |
 *  |          | matching; [7:4] reserved |         | console, not 0        | payloads, 8 each   |
 *  +----------+--------------------------+---------+-----------------------+--------------------+
 * </pre>
 *
 * <pre>{@code
 * var req = new OpenSessionRequest(tag, null, consoleSid, SecurityAlgorithms.of(CipherSuite.SUITE_17));
 * }</pre>
 *
 * @param tag                   echoed by the response, to match it to this request
 * @param requestedMaxPrivilege the highest privilege the session may reach; {@code null}
 *                              (wire 0) lets the BMC choose the highest level matching the
 *                              proposed algorithms
 * @param consoleSessionId      the console's session ID (SID_M), which the BMC puts in the
 *                              headers of its in-session packets
 * @param algorithms            proposed algorithms
 */
public record OpenSessionRequest(int tag, PrivilegeLevel requestedMaxPrivilege, int consoleSessionId,
        SecurityAlgorithms algorithms) {
    /** Encoded size. */
    public static final int LENGTH = 32;

    private static final String NAME = "Open Session Request";

    public OpenSessionRequest {
        Objects.requireNonNull(algorithms, "algorithms");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("message tag is one byte: " + tag);
        }
    }

    /** Reads 32 bytes; reserved privilege levels (6-15) are rejected, reserved bits ignored. */
    public static OpenSessionRequest decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, NAME);
        int tag = Wire.u8(in);
        PrivilegeLevel privilege = PrivilegeField.decode(Wire.u8(in) & 0x0F, NAME);
        in.getShort(); // reserved
        int consoleSid = Wire.i32le(in);
        return new OpenSessionRequest(tag, privilege, consoleSid, SecurityAlgorithms.decode(in));
    }

    public void encode(ByteBuffer out) {
        out.put((byte) tag).put((byte) PrivilegeField.encode(requestedMaxPrivilege)).put((byte) 0).put((byte) 0);
        Wire.putI32le(out, consoleSessionId);
        algorithms.encode(out);
    }

    public int encodedLength() {
        return LENGTH;
    }

    @Override
    public String toString() {
        return String.format("OpenSessionRequest[tag=%d, requestedMaxPrivilege=%s, consoleSessionId=0x%08x, %s]",
                tag, requestedMaxPrivilege == null ? "highest matching" : requestedMaxPrivilege, consoleSessionId, algorithms);
    }
}
