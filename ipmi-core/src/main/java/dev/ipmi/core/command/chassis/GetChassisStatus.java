package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.internal.EnumBits;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Get Chassis Status (IPMI v2.0 section 28.2): NetFn Chassis (00h), command 01h, privilege
 * User, no side effects.
 *
 * <pre>
 * response: b6:5 restore policy, b4 power control fault, b3 power fault, b2 interlock, b1 overload, b0 power on |
 *           last power event bits (b4 on by IPMI command, b3 fault, b2 interlock, b1 overload, b0 AC failed) |
 *           b6 identify state supported, b5:4 identify state, b3 cooling fault, b2 drive fault,
 *           b1 front panel lockout, b0 intrusion |
 *           [front panel button bits: b7:4 disable allowed, b3:0 disabled (standby, diag, reset, power)]
 * </pre>
 *
 * ipmi_sim sends the first three bytes only ({@code 01 00 00}).
 */
public record GetChassisStatus() implements IpmiRequest<GetChassisStatus.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Chassis Status", NetFn.CHASSIS, 0x01, PrivilegeLevel.USER);

    /** Byte 2, bit 0 first. */
    public enum LastPowerEvent { AC_FAILED, POWER_OVERLOAD, POWER_INTERLOCK, POWER_FAULT, POWER_ON_BY_COMMAND }

    /** Byte 3 bits 5:4, when byte 3 bit 6 says the BMC reports it. */
    public enum IdentifyState { OFF, TIMED_ON, INDEFINITE_ON, RESERVED }

    // Shared sets and constant tables, so that decoding allocates only the response record.
    private static final EnumBits<LastPowerEvent> LAST_POWER_EVENTS = new EnumBits<>(LastPowerEvent.class);
    private static final PowerRestorePolicy[] RESTORE_POLICIES = PowerRestorePolicy.values();
    private static final IdentifyState[] IDENTIFY_STATES = IdentifyState.values();

    /**
     * The optional fourth byte, raw: bits 7:4 "disable allowed" and bits 3:0 "disabled" for the
     * standby, diagnostic interrupt, reset and power off buttons, in that order.
     */
    public record FrontPanelButtons(int bits) {
        public boolean powerOffDisabled() {
            return (bits & 0x01) != 0;
        }

        public boolean resetDisabled() {
            return (bits & 0x02) != 0;
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetChassisStatus decodeRequest(ByteBuffer data) {
        return new GetChassisStatus();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Get Chassis Status response");
        int p = Wire.u8(data);
        int last = Wire.u8(data);
        int m = Wire.u8(data);
        return new Response((p & 0x01) != 0, (p & 0x02) != 0, (p & 0x04) != 0, (p & 0x08) != 0, (p & 0x10) != 0,
                RESTORE_POLICIES[p >>> 5 & 0x03], LAST_POWER_EVENTS.of(last), (m & 0x01) != 0, (m & 0x02) != 0,
                (m & 0x04) != 0, (m & 0x08) != 0, (m & 0x40) != 0 ? IDENTIFY_STATES[m >>> 4 & 0x03] : null,
                data.hasRemaining() ? new FrontPanelButtons(Wire.u8(data)) : null);
    }

    /**
     * @param lastPowerEvents   unmodifiable; any set given is copied
     * @param identifyState     {@code null} when the BMC does not report it
     * @param frontPanelButtons {@code null} when the optional byte is absent
     */
    public record Response(boolean powerOn, boolean powerOverload, boolean powerInterlock, boolean powerFault,
                           boolean powerControlFault, PowerRestorePolicy restorePolicy, Set<LastPowerEvent> lastPowerEvents,
                           boolean intrusion, boolean frontPanelLockout, boolean driveFault, boolean coolingFault,
                           IdentifyState identifyState, FrontPanelButtons frontPanelButtons) implements CommandResponse {
        public Response {
            lastPowerEvents = LAST_POWER_EVENTS.copyOf(lastPowerEvents);
        }

        @Override
        public int encodedLength() {
            return frontPanelButtons == null ? 3 : 4;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) (restorePolicy.ordinal() << 5 | (powerControlFault ? 0x10 : 0) | (powerFault ? 0x08 : 0)
                    | (powerInterlock ? 0x04 : 0) | (powerOverload ? 0x02 : 0) | (powerOn ? 0x01 : 0)));
            out.put((byte) LAST_POWER_EVENTS.bits(lastPowerEvents));
            out.put((byte) ((identifyState == null ? 0 : 0x40 | identifyState.ordinal() << 4) | (coolingFault ? 0x08 : 0)
                    | (driveFault ? 0x04 : 0) | (frontPanelLockout ? 0x02 : 0) | (intrusion ? 0x01 : 0)));
            if (frontPanelButtons != null) {
                out.put((byte) frontPanelButtons.bits());
            }
        }
    }
}
