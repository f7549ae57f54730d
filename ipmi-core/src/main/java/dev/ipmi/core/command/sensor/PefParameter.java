package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.SetInProgress;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * One PEF configuration parameter (IPMI v2.0 section 30.3, table 30-6): typed for set in
 * progress (0), PEF control (1) and PEF action global control (2); {@link Raw} for the rest
 * (filter and alert tables, startup delays, system GUID...).
 */
public sealed interface PefParameter permits PefParameter.InProgress, PefParameter.Control, PefParameter.ActionGlobalControl,
        PefParameter.Raw {

    int selector();

    int dataLength();

    void encodeData(ByteBuffer out);

    static PefParameter decode(int selector, ByteBuffer in) throws MalformedPacketException {
        switch (selector) {
            case 0:
                Wire.need(in, 1, "PEF set in progress");
                return new InProgress(SetInProgress.decode(Wire.u8(in), "PEF set in progress"));
            case 1: {
                Wire.need(in, 1, "PEF control");
                int b = Wire.u8(in);
                return new Control((b & 1) != 0, (b & 2) != 0, (b & 4) != 0, (b & 8) != 0);
            }
            case 2:
                Wire.need(in, 1, "PEF action global control");
                return new ActionGlobalControl(PefAction.fromBits(Wire.u8(in)));
            default:
                return new Raw(selector, Octets.readRemaining(in));
        }
    }

    /** Parameter 0. */
    record InProgress(SetInProgress state) implements PefParameter {
        @Override
        public int selector() {
            return 0;
        }

        @Override
        public int dataLength() {
            return 1;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) state.ordinal());
        }
    }

    /** Parameter 1: b0 enable PEF, b1 event messages for PEF actions, b2 startup delay, b3 alert startup delay. */
    record Control(boolean pefEnabled, boolean eventMessagesForActions, boolean startupDelay, boolean alertStartupDelay)
            implements PefParameter {
        @Override
        public int selector() {
            return 1;
        }

        @Override
        public int dataLength() {
            return 1;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) ((pefEnabled ? 1 : 0) | (eventMessagesForActions ? 2 : 0) | (startupDelay ? 4 : 0)
                    | (alertStartupDelay ? 8 : 0)));
        }
    }

    /** Parameter 2: the actions PEF may take at all. */
    record ActionGlobalControl(Set<PefAction> enabled) implements PefParameter {
        public ActionGlobalControl {
            enabled = Set.copyOf(enabled);
        }

        @Override
        public int selector() {
            return 2;
        }

        @Override
        public int dataLength() {
            return 1;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) PefAction.toBits(enabled));
        }
    }

    /** Any other parameter, bytes as sent. */
    record Raw(int selector, Octets data) implements PefParameter {
        public Raw {
            if (selector < 0 || selector > 0x7F) {
                throw new IllegalArgumentException("parameter selector is 7 bits: " + selector);
            }
        }

        @Override
        public int dataLength() {
            return data.length();
        }

        @Override
        public void encodeData(ByteBuffer out) {
            data.writeTo(out);
        }
    }
}
