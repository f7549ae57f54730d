package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.SetInProgress;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;

/**
 * One system boot options parameter (IPMI v2.0 section 28.12, table 28-14): typed for set in
 * progress (0), boot info acknowledge (4) and {@link BootFlags boot flags} (5); {@link Raw} for
 * the others.
 */
public sealed interface BootOption permits BootOption.InProgress, BootOption.BootInfoAcknowledge, BootFlags, BootOption.Raw {

    /** The parameter selector, 0..127. */
    int selector();

    /** Number of parameter data bytes. */
    int dataLength();

    /** Writes the parameter data (after the selector byte). */
    void encodeData(ByteBuffer out);

    /** Decodes the data of parameter {@code selector}; unknown parameters take every remaining byte. */
    static BootOption decode(int selector, ByteBuffer in) throws MalformedPacketException {
        return switch (selector) {
            case InProgress.SELECTOR -> {
                Wire.need(in, 1, "Boot option set in progress");
                yield new InProgress(SetInProgress.decode(Wire.u8(in), "Boot option set in progress"));
            }
            case BootInfoAcknowledge.SELECTOR -> {
                Wire.need(in, 2, "Boot info acknowledge");
                yield new BootInfoAcknowledge(BootInitiator.fromBits(Wire.u8(in)), BootInitiator.fromBits(Wire.u8(in)));
            }
            case BootFlags.SELECTOR -> BootFlags.decode(in);
            default -> new Raw(selector, Octets.readRemaining(in));
        };
    }

    /** Parameter 0: the write lock. */
    record InProgress(SetInProgress state) implements BootOption {
        public static final int SELECTOR = 0;

        @Override
        public int selector() {
            return SELECTOR;
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

    /** Who may acknowledge that they handled the boot flags (byte bits 0-4). */
    enum BootInitiator {
        BIOS_POST, OS_LOADER, OS_SERVICE_PARTITION, SMS, OEM;

        static Set<BootInitiator> fromBits(int bits) {
            EnumSet<BootInitiator> s = EnumSet.noneOf(BootInitiator.class);
            for (BootInitiator i : values()) {
                if ((bits & 1 << i.ordinal()) != 0) {
                    s.add(i);
                }
            }
            return s;
        }

        static int toBits(Set<BootInitiator> set) {
            int b = 0;
            for (BootInitiator i : set) {
                b |= 1 << i.ordinal();
            }
            return b;
        }
    }

    /**
     * Parameter 4: which software has handled the boot flags.
     *
     * @param writeMask in Set: the bits to change
     * @param handled   the acknowledge bits
     */
    record BootInfoAcknowledge(Set<BootInitiator> writeMask, Set<BootInitiator> handled) implements BootOption {
        public static final int SELECTOR = 4;

        public BootInfoAcknowledge {
            writeMask = Set.copyOf(writeMask);
            handled = Set.copyOf(handled);
        }

        @Override
        public int selector() {
            return SELECTOR;
        }

        @Override
        public int dataLength() {
            return 2;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) BootInitiator.toBits(writeMask)).put((byte) BootInitiator.toBits(handled));
        }
    }

    /** Any other parameter, bytes as sent. */
    record Raw(int selector, Octets data) implements BootOption {
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
