package dev.ipmi.core.command.user;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Set User Password (IPMI v2.0 section 22.30): NetFn App (06h), command 47h, privilege
 * Administrator, side effect: enables, disables or re-keys a user (testing a password changes
 * nothing). Completion codes: 80h test failed (wrong password), 81h wrong password size.
 *
 * <pre>
 * request: b7 20-byte password, b5:0 user id | b1:0 operation |
 *          [password, 16 or 20 bytes NUL padded: set and test only]
 * </pre>
 *
 * The password is a secret: {@link #toString()} never shows it, {@link #wipe()} zeroes this
 * request's copy. ipmi_sim accepts the 20-byte form but keeps 16 bytes.
 *
 * @param password {@code null} for enable/disable; else at most 16 bytes (or 20 with {@code twentyBytes})
 */
public record SetUserPassword(int userId, Operation operation, boolean twentyBytes, byte[] password)
        implements IpmiRequest<SetUserPassword.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set User Password", NetFn.APP, 0x47, PrivilegeLevel.ADMINISTRATOR);

    /** Byte 2 bits 1:0. */
    public enum Operation { DISABLE_USER, ENABLE_USER, SET_PASSWORD, TEST_PASSWORD }

    public SetUserPassword {
        boolean carries = operation == Operation.SET_PASSWORD || operation == Operation.TEST_PASSWORD;
        if (carries != (password != null)) {
            throw new IllegalArgumentException(operation + (carries ? " needs" : " takes no") + " password");
        }
        if (password != null) {
            if (password.length > size(twentyBytes)) {
                throw new IllegalArgumentException("password longer than " + size(twentyBytes) + " bytes");
            }
            password = password.clone();
        }
    }

    /** Sets the password, choosing the 20-byte form only when it is longer than 16 bytes. */
    public static SetUserPassword set(int userId, byte[] password) {
        return new SetUserPassword(userId, Operation.SET_PASSWORD, password.length > 16, password);
    }

    /** Asks whether {@code password} is the user's (completion code 80h when not). */
    public static SetUserPassword test(int userId, byte[] password) {
        return new SetUserPassword(userId, Operation.TEST_PASSWORD, password.length > 16, password);
    }

    private static int size(boolean twentyBytes) {
        return twentyBytes ? 20 : 16;
    }

    @Override
    public byte[] password() {
        return password == null ? null : password.clone();
    }

    /** Zeroes this request's copy of the password. */
    public void wipe() {
        if (password != null) {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 2 + (password == null ? 0 : size(twentyBytes));
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) ((twentyBytes ? 0x80 : 0) | userId & 0x3F)).put((byte) operation.ordinal());
        if (password != null) {
            out.put(password).put(new byte[size(twentyBytes) - password.length]);
        }
    }

    public static SetUserPassword decodeRequest(ByteBuffer data) throws MalformedPacketException {
        String what = "Set User Password request";
        Wire.need(data, 2, what);
        int b = Wire.u8(data);
        boolean twenty = (b & 0x80) != 0;
        Operation op = Operation.values()[Wire.u8(data) & 0x03];
        byte[] pw = null;
        if (op == Operation.SET_PASSWORD || op == Operation.TEST_PASSWORD) {
            byte[] padded = Wire.bytes(data, size(twenty), what);
            int n = padded.length;
            while (n > 0 && padded[n - 1] == 0) {
                n--;
            }
            pw = Arrays.copyOf(padded, n);
            Arrays.fill(padded, (byte) 0);
        }
        return new SetUserPassword(b & 0x3F, op, twenty, pw);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetUserPassword p && userId == p.userId && operation == p.operation
                && twentyBytes == p.twentyBytes && Arrays.equals(password, p.password);
    }

    @Override
    public int hashCode() {
        return userId * 31 + operation.hashCode();
    }

    @Override
    public String toString() {
        return "SetUserPassword[userId=" + userId + ", operation=" + operation + ", twentyBytes=" + twentyBytes
                + (password == null ? "" : ", password=***") + "]";
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
