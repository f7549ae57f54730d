package dev.ipmi.testkit.sim;

import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The BMC's user accounts as the user management commands (IPMI v2.0 sections 22.26-22.30)
 * change them: Set User Name, Set User Password (enable, disable, set, test) and Set User
 * Access (privilege limit, IPMI messaging) on the LAN channel. Starts from the
 * {@link SimulatedBmc.Builder}'s users; a slot that only gets a name starts disabled with no
 * access, as on a real BMC. Selector thread only.
 */
final class UserTable {
    /** User IDs 1..63 (Get User Access "maximum number of user IDs"). */
    static final int MAX_USERS = 63;
    private static final int NO_ACCESS = 0x0F;

    /** One account; {@code privilegeLimit} is a wire value, 0Fh for "no access". */
    private static final class Slot {
        byte[] name = new byte[0];
        byte[] password = new byte[0];
        int privilegeLimit = NO_ACCESS;
        boolean enabled;
        boolean ipmiMessaging = true;
    }

    private final TreeMap<Integer, Slot> slots = new TreeMap<>();

    UserTable(List<SimUser> initial) {
        for (SimUser u : initial) {
            Slot s = new Slot();
            s.name = u.nameBytes();
            s.password = u.password();
            s.privilegeLimit = u.maxPrivilege().code();
            s.enabled = u.enabled();
            slots.put(u.id(), s);
        }
    }

    /**
     * The account that may open a session as {@code name}, or null. An account without access
     * or IPMI messaging counts as disabled.
     */
    SimUser byName(byte[] name) {
        for (var e : slots.entrySet()) {
            if (Arrays.equals(e.getValue().name, name)) {
                return snapshot(e.getKey(), e.getValue());
            }
        }
        return null;
    }

    /** Every account, by ID. */
    List<SimUser> all() {
        List<SimUser> r = new ArrayList<>();
        slots.forEach((id, s) -> r.add(snapshot(id, s)));
        return r;
    }

    private static SimUser snapshot(int id, Slot s) {
        PrivilegeLevel limit = PrivilegeLevel.fromCode(s.privilegeLimit);
        boolean usable = s.enabled && s.ipmiMessaging && limit != null;
        return new SimUser(id, new String(s.name, StandardCharsets.ISO_8859_1), s.password,
                limit == null ? PrivilegeLevel.CALLBACK : limit, usable);
    }

    /** Get User Access (22.27): channel, user ID. */
    Reply getAccess(byte[] d) {
        if (d.length < 2) {
            return Reply.cc(0xC7);
        }
        int id = d[1] & 0x3F;
        if (id == 0) {
            return Reply.cc(0xCC);
        }
        Slot s = slots.get(id);
        int enabledCount = (int) slots.values().stream().filter(x -> x.enabled).count();
        int status = s == null ? 0 : s.enabled ? 0x40 : 0x80;
        int access = s == null ? NO_ACCESS : (s.ipmiMessaging ? 0x30 : 0x20) | s.privilegeLimit;
        // one fixed name: user 1, the null user (Set User Name refuses it)
        return Reply.ok((byte) MAX_USERS, (byte) (status | enabledCount), (byte) 1, (byte) access);
    }

    /** Set User Access (22.26): change bits + channel, user ID, privilege limit, [session limit]. */
    Reply setAccess(byte[] d) {
        if (d.length < 3) {
            return Reply.cc(0xC7);
        }
        int id = d[1] & 0x3F;
        int limit = d[2] & 0x0F;
        if (id == 0 || (limit != NO_ACCESS && PrivilegeLevel.fromCode(limit) == null)) {
            return Reply.cc(0xCC);
        }
        Slot s = slots.computeIfAbsent(id, k -> new Slot());
        if ((d[0] & 0x80) != 0) {
            s.ipmiMessaging = (d[0] & 0x10) != 0;
        }
        s.privilegeLimit = limit;
        return Reply.ok();
    }

    /** Get User Name (22.29): user ID; 16 bytes, NUL padded. */
    Reply getName(byte[] d) {
        if (d.length < 1) {
            return Reply.cc(0xC7);
        }
        Slot s = slots.get(d[0] & 0x3F);
        if (s == null) {
            return Reply.cc(0xCC);
        }
        return Reply.ok(Arrays.copyOf(s.name, 16));
    }

    /** Set User Name (22.28): user ID, 16 bytes NUL padded. User 1 is the fixed null user. */
    Reply setName(byte[] d) {
        if (d.length < 17) {
            return Reply.cc(0xC7);
        }
        int id = d[0] & 0x3F;
        if (id <= 1) {
            return Reply.cc(0xCC);
        }
        int n = 0;
        while (n < 16 && d[1 + n] != 0) {
            n++;
        }
        slots.computeIfAbsent(id, k -> new Slot()).name = Arrays.copyOfRange(d, 1, 1 + n);
        return Reply.ok();
    }

    /** Set User Password (22.30): b7 20-byte form + user ID, operation, [password]. */
    Reply setPassword(byte[] d) {
        if (d.length < 2) {
            return Reply.cc(0xC7);
        }
        int id = d[0] & 0x3F;
        if (id == 0) {
            return Reply.cc(0xCC);
        }
        int size = (d[0] & 0x80) != 0 ? 20 : 16;
        int operation = d[1] & 0x03;
        if (operation >= 2 && d.length != 2 + size) {
            return Reply.cc(0xC7);
        }
        Slot s = slots.computeIfAbsent(id, k -> new Slot());
        byte[] given = operation >= 2 ? trimmed(Arrays.copyOfRange(d, 2, 2 + size)) : null;
        switch (operation) {
            case 0 -> s.enabled = false;
            case 1 -> s.enabled = true;
            case 2 -> s.password = given;
            default -> {
                boolean same = Arrays.equals(s.password, given);
                Arrays.fill(given, (byte) 0);
                return same ? Reply.ok() : Reply.cc(0x80);
            }
        }
        return Reply.ok();
    }

    /** The password without its NUL padding. */
    private static byte[] trimmed(byte[] padded) {
        int n = padded.length;
        while (n > 0 && padded[n - 1] == 0) {
            n--;
        }
        byte[] r = Arrays.copyOf(padded, n);
        Arrays.fill(padded, (byte) 0);
        return r;
    }
}
