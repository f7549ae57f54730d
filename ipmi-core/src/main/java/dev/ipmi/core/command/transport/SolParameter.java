package dev.ipmi.core.command.transport;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.SetInProgress;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * One SOL configuration parameter (IPMI v2.0 section 26.2, table 26-5): typed for set in
 * progress (0), enable (1), authentication (2), character accumulate interval and send
 * threshold (3), retry (4), non-volatile and volatile bit rate (5, 6), payload channel (7) and
 * payload port (8); {@link Raw} for OEM parameters. ipmi_sim answers 80h (not supported) for
 * 2, 3, 4, 7 and 8.
 */
public sealed interface SolParameter permits SolParameter.InProgress, SolParameter.Enable, SolParameter.Authentication,
        SolParameter.CharacterAccumulation, SolParameter.Retry, SolParameter.BitRate, SolParameter.PayloadChannel,
        SolParameter.PayloadPort, SolParameter.Raw {

    int selector();

    int dataLength();

    void encodeData(ByteBuffer out);

    static SolParameter decode(int selector, ByteBuffer in) throws MalformedPacketException {
        switch (selector) {
            case 0:
                Wire.need(in, 1, "SOL set in progress");
                return new InProgress(SetInProgress.decode(Wire.u8(in), "SOL set in progress"));
            case 1:
                Wire.need(in, 1, "SOL enable");
                return new Enable((Wire.u8(in) & 1) != 0);
            case 2: {
                Wire.need(in, 1, "SOL authentication");
                int b = Wire.u8(in);
                // 0 is what ipmi_sim reports; keep it as "no level" rather than failing
                return new Authentication((b & 0x80) != 0, (b & 0x40) != 0, PrivilegeLevel.fromCode(b & 0x0F));
            }
            case 3:
                Wire.need(in, 2, "SOL character accumulation");
                return new CharacterAccumulation(Duration.ofMillis(Wire.u8(in) * 5L), Wire.u8(in));
            case 4:
                Wire.need(in, 2, "SOL retry");
                return new Retry(Wire.u8(in) & 0x07, Duration.ofMillis(Wire.u8(in) * 10L));
            case 5:
            case 6:
                Wire.need(in, 1, "SOL bit rate");
                return new BitRate(selector == 6, SolBitRate.decode(Wire.u8(in) & 0x0F));
            case 7:
                Wire.need(in, 1, "SOL payload channel");
                return new PayloadChannel(Wire.u8(in) & 0x0F);
            case 8:
                Wire.need(in, 2, "SOL payload port");
                return new PayloadPort(Wire.u16le(in));
            default:
                return new Raw(selector, Octets.readRemaining(in));
        }
    }

    /** Parameter 0. */
    record InProgress(SetInProgress state) implements SolParameter {
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

    /** Parameter 1: whether SOL may be activated at all. */
    record Enable(boolean enabled) implements SolParameter {
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
            out.put((byte) (enabled ? 1 : 0));
        }
    }

    /**
     * Parameter 2: b7 force encryption, b6 force authentication, b3:0 minimum privilege to activate.
     *
     * @param privilege {@code null} when the BMC reports a value that is no level (ipmi_sim: 0)
     */
    record Authentication(boolean forceEncryption, boolean forceAuthentication, PrivilegeLevel privilege)
            implements SolParameter {
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
            out.put((byte) ((forceEncryption ? 0x80 : 0) | (forceAuthentication ? 0x40 : 0)
                    | (privilege == null ? 0 : privilege.code())));
        }
    }

    /**
     * Parameter 3: the BMC sends buffered characters after {@code interval} (5 ms units, 1-255)
     * or once {@code sendThreshold} characters are buffered.
     */
    record CharacterAccumulation(Duration interval, int sendThreshold) implements SolParameter {
        public CharacterAccumulation {
            long units = interval.toMillis() / 5;
            if (interval.toMillis() % 5 != 0 || units < 0 || units > 255 || sendThreshold < 0 || sendThreshold > 255) {
                throw new IllegalArgumentException("interval is 0..1275 ms in 5 ms steps, threshold one byte");
            }
        }

        @Override
        public int selector() {
            return 3;
        }

        @Override
        public int dataLength() {
            return 2;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) (interval.toMillis() / 5)).put((byte) sendThreshold);
        }
    }

    /** Parameter 4: retries (0-7) of unacknowledged packets, {@code interval} in 10 ms units. */
    record Retry(int count, Duration interval) implements SolParameter {
        public Retry {
            long units = interval.toMillis() / 10;
            if (count < 0 || count > 7 || interval.toMillis() % 10 != 0 || units < 0 || units > 255) {
                throw new IllegalArgumentException("retry count 0..7, interval 0..2550 ms in 10 ms steps");
            }
        }

        @Override
        public int selector() {
            return 4;
        }

        @Override
        public int dataLength() {
            return 2;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) count).put((byte) (interval.toMillis() / 10));
        }
    }

    /** Parameters 5 (non-volatile) and 6 (volatile): the serial bit rate. */
    record BitRate(boolean volatileSetting, SolBitRate rate) implements SolParameter {
        @Override
        public int selector() {
            return volatileSetting ? 6 : 5;
        }

        @Override
        public int dataLength() {
            return 1;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) rate.code());
        }
    }

    /** Parameter 7 (read-only): the channel SOL packets travel on. */
    record PayloadChannel(int channel) implements SolParameter {
        @Override
        public int selector() {
            return 7;
        }

        @Override
        public int dataLength() {
            return 1;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) channel);
        }
    }

    /** Parameter 8: the UDP port for SOL, LS byte first (usually 623). */
    record PayloadPort(int port) implements SolParameter {
        @Override
        public int selector() {
            return 8;
        }

        @Override
        public int dataLength() {
            return 2;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            Wire.putU16le(out, port);
        }
    }

    /** Any other parameter, bytes as sent. */
    record Raw(int selector, Octets data) implements SolParameter {
        public Raw {
            if (selector < 0 || selector > 0xFF) {
                throw new IllegalArgumentException("parameter selector is one byte: " + selector);
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
