package dev.ipmi.testkit.ipmisim;

import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One entry of the simulated BMC's user table (channel 1), as configured in the bundled
 * {@code lan.conf.in}. User ID 1 (the null user) is not defined, so anonymous logins fail.
 *
 * <p>These are public test fixtures, printed in {@code IPMI_SIM.md}; {@link #toString()} still
 * leaves the password out so that logs of real credentials built the same way stay clean.
 *
 * @param id the user ID (slot) in the BMC's table
 * @param name the user name
 * @param password the password as configured (ASCII)
 * @param maxPrivilege the channel privilege limit (ipmi_sim ignores it for RMCP+ name-only
 *     logins; see IPMI_SIM.md)
 * @param enabled false for a user whose logins the BMC rejects
 */
public record IpmiSimUser(int id, String name, String password, PrivilegeLevel maxPrivilege, boolean enabled) {

    /** {@code admin}/{@code adminpass}, ADMINISTRATOR, ID 2: the default for tests. */
    public static final IpmiSimUser ADMIN =
            new IpmiSimUser(2, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR, true);

    /** {@code operator}/{@code operpass}, OPERATOR, ID 3. */
    public static final IpmiSimUser OPERATOR =
            new IpmiSimUser(3, "operator", "operpass", PrivilegeLevel.OPERATOR, true);

    /** {@code user}/{@code userpass}, USER, ID 4: Chassis Control answers cc D4h. */
    public static final IpmiSimUser USER = new IpmiSimUser(4, "user", "userpass", PrivilegeLevel.USER, true);

    /** 19-character password, the longest ipmi_sim can store; ADMINISTRATOR, ID 5. */
    public static final IpmiSimUser LONG_PASSWORD =
            new IpmiSimUser(5, "longpw", "0123456789abcdefghi", PrivilegeLevel.ADMINISTRATOR, true);

    /** Disabled ADMINISTRATOR, ID 6: RAKP 2 status 0Dh, IPMI 1.5 Get Session Challenge cc 81h. */
    public static final IpmiSimUser DISABLED =
            new IpmiSimUser(6, "disabled", "disabledpass", PrivilegeLevel.ADMINISTRATOR, false);

    /** Every configured user, by ID. */
    public static final List<IpmiSimUser> ALL = List.of(ADMIN, OPERATOR, USER, LONG_PASSWORD, DISABLED);

    /** A fresh copy of the password bytes, for APIs that take (and wipe) a {@code byte[]}. */
    public byte[] passwordBytes() {
        return password.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "IpmiSimUser[id=" + id + ", name=" + name + ", maxPrivilege=" + maxPrivilege
                + (enabled ? "" : ", disabled") + "]";
    }
}
