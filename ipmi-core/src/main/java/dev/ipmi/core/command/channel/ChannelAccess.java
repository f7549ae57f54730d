package dev.ipmi.core.command.channel;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * A channel's access settings as Get Channel Access returns them (IPMI v2.0 sections 22.22
 * and 22.23).
 *
 * <pre>b5 PEF alerting disabled, b4 per-message auth disabled, b3 user-level auth disabled, b2:0 access mode | b3:0 privilege limit</pre>
 */
public record ChannelAccess(boolean alertingDisabled, boolean perMessageAuthDisabled, boolean userLevelAuthDisabled,
                            AccessMode mode, PrivilegeLevel privilegeLimit) {

    int firstByte() {
        return (alertingDisabled ? 0x20 : 0) | (perMessageAuthDisabled ? 0x10 : 0) | (userLevelAuthDisabled ? 0x08 : 0)
                | mode.ordinal();
    }

    static ChannelAccess decode(int first, int second, String structure) throws MalformedPacketException {
        return new ChannelAccess((first & 0x20) != 0, (first & 0x10) != 0, (first & 0x08) != 0,
                AccessMode.decode(first & 0x07), PrivilegeLevel.decode(second & 0x0F, structure));
    }

    static ChannelAccess decode(ByteBuffer in, String structure) throws MalformedPacketException {
        Wire.need(in, 2, structure);
        return decode(Wire.u8(in), Wire.u8(in), structure);
    }
}
