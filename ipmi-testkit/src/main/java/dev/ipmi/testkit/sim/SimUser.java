package dev.ipmi.testkit.sim;

import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A user account of the {@link SimulatedBmc} (IPMI v2.0 section 22.26-22.30 user model: ID,
 * name, password, channel privilege limit, enabled). The password is kept as bytes (up to 20
 * for RMCP+; IPMI 1.5 sessions use the first 16) and never printed.
 *
 * @param id           user ID 1..63 (1 is the null/anonymous user slot)
 * @param name         user name, at most 16 ISO-8859-1 characters ("" = null user)
 * @param password     password bytes, at most 20
 * @param maxPrivilege highest privilege the user may reach on the LAN channel
 * @param enabled      a disabled user cannot open sessions (RAKP 2 status 0Dh, IPMI 1.5 cc 81h)
 */
public record SimUser(int id, String name, byte[] password, PrivilegeLevel maxPrivilege, boolean enabled) {

    public SimUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(maxPrivilege, "maxPrivilege");
        if (id < 1 || id > 63) {
            throw new IllegalArgumentException("user ID is 1..63: " + id);
        }
        if (name.length() > 16 || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(name)) {
            throw new IllegalArgumentException("user name must be at most 16 ISO-8859-1 characters");
        }
        if (password.length > 20) {
            throw new IllegalArgumentException("passwords are at most 20 bytes");
        }
        password = password.clone();
    }

    /** An enabled user with an ASCII password. */
    public static SimUser of(int id, String name, String password, PrivilegeLevel maxPrivilege) {
        return new SimUser(id, name, password.getBytes(StandardCharsets.ISO_8859_1), maxPrivilege, true);
    }

    /** This user, disabled. */
    public SimUser disabled() {
        return new SimUser(id, name, password, maxPrivilege, false);
    }

    @Override
    public byte[] password() {
        return password.clone();
    }

    byte[] passwordRef() {
        return password;
    }

    byte[] nameBytes() {
        return name.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimUser u && u.id == id && u.name.equals(name) && Arrays.equals(u.password, password)
                && u.maxPrivilege == maxPrivilege && u.enabled == enabled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, maxPrivilege, enabled);
    }

    @Override
    public String toString() {
        return "SimUser[" + id + " '" + name + "' " + maxPrivilege + (enabled ? "" : " disabled") + "]";
    }
}
