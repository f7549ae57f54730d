package dev.ipmi.lan;

import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Who logs in: a user name (up to 16 bytes), a password (up to 20 bytes; IPMI 1.5 sessions
 * use at most 16), an optional BMC key Kg (up to 20 bytes, RMCP+ only), the privilege level
 * asked for, and how the BMC looks the user up.
 *
 * <pre>{@code
 * try (Credentials c = Credentials.of("admin", "secret".toCharArray())
 *         .withPrivilege(PrivilegeLevel.OPERATOR)) {
 *     IpmiSession s = client.openSessionBlocking(BmcAddress.of("10.0.0.5"), c);
 * }
 * }</pre>
 *
 * Instances keep copies of the secrets; {@link #close()} wipes them. {@code toString()} never
 * prints the password or Kg. Immutable apart from {@code close()}.
 */
public final class Credentials implements AutoCloseable {
    public static final int MAX_USER_NAME = 16;
    public static final int MAX_PASSWORD = 20;
    public static final int MAX_KG = 20;

    private final String userName;
    private final byte[] password;
    private final byte[] kg;
    private final PrivilegeLevel privilege;
    private final boolean nameOnlyLookup;

    private Credentials(String userName, byte[] password, byte[] kg, PrivilegeLevel privilege, boolean nameOnlyLookup) {
        this.userName = userName;
        this.password = password;
        this.kg = kg;
        this.privilege = privilege;
        this.nameOnlyLookup = nameOnlyLookup;
    }

    /** User and password (the chars are encoded as UTF-8; most BMCs accept ASCII only). */
    public static Credentials of(String userName, char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] exact = new byte[encoded.remaining()];
        encoded.get(exact);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            return of(userName, exact);
        } finally {
            Arrays.fill(exact, (byte) 0);
        }
    }

    /** User and password; convenient for tests and configuration, but a String cannot be wiped. */
    public static Credentials of(String userName, String password) {
        return of(userName, password.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * User and the raw password bytes (copied).
     *
     * @throws IllegalArgumentException for an empty user name: that is the null (anonymous) user,
     *         which a login must ask for by name with {@link #nullUser(byte[])}
     */
    public static Credentials of(String userName, byte[] password) {
        Objects.requireNonNull(userName, "userName");
        if (userName.isEmpty()) {
            throw new IllegalArgumentException("empty user name: that is the null user; use Credentials.nullUser(...)"
                    + " if logging in anonymously is really meant");
        }
        return checked(userName, password);
    }

    /**
     * The null user (user ID 1, empty name; IPMI v2.0 section 13.31 and 22.27), which BMCs often
     * ship enabled with an empty or well-known password. Only this method logs in as it, so that
     * an empty name from configuration never does so by accident.
     */
    public static Credentials nullUser(byte[] password) {
        return checked("", password);
    }

    private static Credentials checked(String userName, byte[] password) {
        Objects.requireNonNull(password, "password");
        if (userName.getBytes(StandardCharsets.UTF_8).length > MAX_USER_NAME) {
            throw new IllegalArgumentException("user name longer than " + MAX_USER_NAME + " bytes");
        }
        if (password.length > MAX_PASSWORD) {
            throw new IllegalArgumentException("password longer than " + MAX_PASSWORD + " bytes");
        }
        return new Credentials(userName, password.clone(), null, PrivilegeLevel.ADMINISTRATOR, true);
    }

    /** A copy with the BMC key Kg (RMCP+ two-key login); {@code null} for none. */
    public Credentials withKg(byte[] kg) {
        if (kg != null && kg.length > MAX_KG) {
            throw new IllegalArgumentException("Kg longer than " + MAX_KG + " bytes");
        }
        return new Credentials(userName, password.clone(), kg == null ? null : kg.clone(), privilege, nameOnlyLookup);
    }

    /** A copy asking for this privilege level (default ADMINISTRATOR). */
    public Credentials withPrivilege(PrivilegeLevel privilege) {
        Objects.requireNonNull(privilege, "privilege");
        return new Credentials(userName, password.clone(), kg == null ? null : kg.clone(), privilege, nameOnlyLookup);
    }

    /**
     * A copy choosing the RMCP+ user lookup: name-only (the default, what ipmitool and FreeIPMI
     * send) or name plus privilege, where the BMC matches the requested role exactly.
     */
    public Credentials withNameOnlyLookup(boolean nameOnly) {
        return new Credentials(userName, password.clone(), kg == null ? null : kg.clone(), privilege, nameOnly);
    }

    public String userName() {
        return userName;
    }

    /** The user name bytes as they go on the wire. */
    public byte[] userNameBytes() {
        return userName.getBytes(StandardCharsets.UTF_8);
    }

    /** A copy of the password; wipe it after use. */
    public byte[] password() {
        return password.clone();
    }

    /** A copy of Kg, or {@code null}; wipe it after use. */
    public byte[] kg() {
        return kg == null ? null : kg.clone();
    }

    public PrivilegeLevel privilege() {
        return privilege;
    }

    public boolean nameOnlyLookup() {
        return nameOnlyLookup;
    }

    /** Wipes the password and Kg held by this instance. */
    @Override
    public void close() {
        Arrays.fill(password, (byte) 0);
        if (kg != null) {
            Arrays.fill(kg, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "Credentials[user=" + userName + ", privilege=" + privilege
                + (kg != null ? ", with Kg" : "") + (nameOnlyLookup ? "" : ", name+privilege lookup") + "]";
    }
}
