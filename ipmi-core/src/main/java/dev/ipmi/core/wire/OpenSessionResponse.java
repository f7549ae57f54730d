package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * RMCP+ Open Session Response, the BMC's answer to an {@link OpenSessionRequest}, payload type
 * 11h (IPMI v2.0 section 13.18, table 13-10).
 *
 * <pre>
 *  byte 0     1        2                      3         4..7              8..11          12..35
 *  +--------+--------+----------------------+---------+-----------------+--------------+-----------------+
 *  | message| status | [3:0] maximum        | reserved| console session | BMC session  | auth / integrity|
 *  | tag    | code   | privilege granted    |         | ID (LE)         | ID (LE)      | / conf payloads |
 *  +--------+--------+----------------------+---------+-----------------+--------------+-----------------+
 *  error replies may stop early:
 *    spec (status != 0):   tag, status, reserved, reserved, console session ID      (8 bytes)
 *    ipmi_sim:             tag, status                                               (2 bytes)
 * </pre>
 *
 * Fields an error reply does not carry are {@code null} (privilege, algorithms) or 0 (session
 * IDs; a console never uses session ID 0). Encoding writes the full form when
 * {@code algorithms} is present, otherwise the 8-byte form when the console session ID is not
 * 0, otherwise the 2-byte form.
 *
 * @param tag              the request's tag
 * @param status           00h, or why the BMC refused
 * @param maxPrivilege     the maximum privilege the session may reach; {@code null} when not
 *                         sent (error replies) or 0 on the wire
 * @param consoleSessionId the console's session ID (SID_M) from the request, 0 when not sent
 * @param bmcSessionId     the BMC's session ID (SID_C) for the console's in-session headers,
 *                         0 when not sent
 * @param algorithms       the algorithms the BMC chose, {@code null} in a short error reply
 */
public record OpenSessionResponse(int tag, RmcpPlusStatus status, PrivilegeLevel maxPrivilege, int consoleSessionId,
        int bmcSessionId, SecurityAlgorithms algorithms) {
    /** Encoded size of the full form. */
    public static final int LENGTH = 36;

    private static final String NAME = "Open Session Response";

    public OpenSessionResponse {
        Objects.requireNonNull(status, "status");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("message tag is one byte: " + tag);
        }
        if (algorithms == null && (status.isOk() || maxPrivilege != null || bmcSessionId != 0)) {
            throw new IllegalArgumentException("only an error reply may leave out the algorithms, and with them "
                    + "the privilege and BMC session ID");
        }
    }

    /** The short error reply: just the tag and status, as ipmi_sim sends it. */
    public static OpenSessionResponse error(int tag, RmcpPlusStatus status) {
        return new OpenSessionResponse(tag, status, null, 0, 0, null);
    }

    /**
     * Reads the full 36-byte form, or for a non-zero status with fewer bytes the 8-byte or
     * 2-byte error form.
     */
    public static OpenSessionResponse decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 2, NAME);
        int tag = Wire.u8(in);
        RmcpPlusStatus status = RmcpPlusStatus.of(Wire.u8(in));
        if (in.remaining() < LENGTH - 2 && !status.isOk()) {
            int consoleSid = 0;
            if (in.remaining() >= 6) {
                in.getShort(); // reserved
                consoleSid = Wire.i32le(in);
            }
            return new OpenSessionResponse(tag, status, null, consoleSid, 0, null);
        }
        Wire.need(in, LENGTH - 2, NAME);
        PrivilegeLevel privilege = PrivilegeField.decode(Wire.u8(in) & 0x0F, NAME);
        in.get(); // reserved
        int consoleSid = Wire.i32le(in);
        int bmcSid = Wire.i32le(in);
        return new OpenSessionResponse(tag, status, privilege, consoleSid, bmcSid, SecurityAlgorithms.decode(in));
    }

    public void encode(ByteBuffer out) {
        out.put((byte) tag).put((byte) status.value());
        if (algorithms == null && consoleSessionId == 0) {
            return;
        }
        out.put((byte) PrivilegeField.encode(maxPrivilege)).put((byte) 0);
        Wire.putI32le(out, consoleSessionId);
        if (algorithms != null) {
            Wire.putI32le(out, bmcSessionId);
            algorithms.encode(out);
        }
    }

    public int encodedLength() {
        return algorithms != null ? LENGTH : consoleSessionId != 0 ? 8 : 2;
    }

    @Override
    public String toString() {
        return String.format("OpenSessionResponse[tag=%d, status=%s, maxPrivilege=%s, consoleSessionId=0x%08x, "
                + "bmcSessionId=0x%08x, %s]", tag, status, maxPrivilege, consoleSessionId, bmcSessionId, algorithms);
    }
}
