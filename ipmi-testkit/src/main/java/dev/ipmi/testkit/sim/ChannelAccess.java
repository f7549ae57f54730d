package dev.ipmi.testkit.sim;

/**
 * The LAN channel's access settings (IPMI v2.0 sections 22.22-22.23), a volatile and a
 * non-volatile copy: Set Channel Access stores them, Get Channel Access reads them back.
 * They are not applied (sessions are allowed whatever the access mode). Selector thread only.
 */
final class ChannelAccess {
    /** Byte 1 of Get Channel Access: PEF alerting disabled (bit 5), access mode "always available" (2). */
    private static final int DEFAULT_ACCESS = 0x22;
    private static final int DEFAULT_PRIVILEGE_LIMIT = 0x04;

    private final int[] access = {DEFAULT_ACCESS, DEFAULT_ACCESS};   // [0] non-volatile, [1] volatile
    private final int[] privilegeLimit = {DEFAULT_PRIVILEGE_LIMIT, DEFAULT_PRIVILEGE_LIMIT};

    /** Get Channel Access: channel, b7:6 01b non-volatile / 10b volatile. */
    Reply get(byte[] d) {
        if (d.length < 2) {
            return Reply.cc(0xC7);
        }
        if (!isLanChannel(d[0])) {
            return Reply.cc(0xCC);
        }
        int which = copy(d[1]);
        if (which < 0) {
            return Reply.cc(0xCC);
        }
        return Reply.ok((byte) access[which], (byte) privilegeLimit[which]);
    }

    /**
     * Set Channel Access: channel; b7:6 set mode + alerting / per-message / user-level
     * authentication disables + access mode; b7:6 set mode + privilege limit.
     */
    Reply set(byte[] d) {
        if (d.length < 3) {
            return Reply.cc(0xC7);
        }
        if (!isLanChannel(d[0])) {
            return Reply.cc(0xCC);
        }
        int accessCopy = copy(d[1]);
        int limitCopy = copy(d[2]);
        int limit = d[2] & 0x0F;
        if ((d[1] & 0x07) > 3 || (limitCopy >= 0 && (limit < 1 || limit > 5))) {
            return Reply.cc(0xCC);
        }
        if (accessCopy >= 0) {
            access[accessCopy] = d[1] & 0x3F;
        }
        if (limitCopy >= 0) {
            privilegeLimit[limitCopy] = limit;
        }
        return Reply.ok();
    }

    /** Bits 7:6: 01b non-volatile (0), 10b volatile (1), else -1 ("don't set" / reserved). */
    private static int copy(byte b) {
        return switch ((b & 0xC0) >>> 6) {
            case 1 -> 0;
            case 2 -> 1;
            default -> -1;
        };
    }

    private static boolean isLanChannel(byte b) {
        int ch = b & 0x0F;
        return ch == LanProtocol.CHANNEL || ch == 0x0E;
    }
}
