package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Boot options parameter 5, boot flags (IPMI v2.0 table 28-14): the one-shot or persistent
 * boot device override.
 *
 * <pre>
 * b7 valid, b6 persistent, b5 EFI |
 * b7 CMOS clear, b6 lock keyboard, b5:2 device, b1 screen blank, b0 lock reset button |
 * b7 lock power button, b6:5 verbosity, b4 progress traps, b3 password bypass, b2 lock sleep, b1:0 console redirection |
 * b3 BIOS shared mode override, b2:0 BIOS mux control |
 * b4:0 device instance
 * </pre>
 *
 * @param byte3          the third byte as sent (lock-outs, verbosity, console redirection)
 * @param byte4          the fourth byte as sent (BIOS mux overrides)
 * @param deviceInstance 0 = default instance of the device
 */
public record BootFlags(boolean valid, boolean persistent, boolean efi, boolean cmosClear, boolean lockKeyboard,
                        BootDevice device, boolean screenBlank, boolean lockResetButton, int byte3, int byte4,
                        int deviceInstance) implements BootOption {
    public static final int SELECTOR = 5;
    static final int LENGTH = 5;

    /** Boot once from {@code device} (legacy BIOS unless {@code efi}). */
    public static BootFlags nextBoot(BootDevice device, boolean efi) {
        return new BootFlags(true, false, efi, false, false, device, false, false, 0, 0, 0);
    }

    /** Boot from {@code device} on every boot until changed. */
    public static BootFlags always(BootDevice device, boolean efi) {
        return new BootFlags(true, true, efi, false, false, device, false, false, 0, 0, 0);
    }

    @Override
    public int selector() {
        return SELECTOR;
    }

    @Override
    public int dataLength() {
        return LENGTH;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) ((valid ? 0x80 : 0) | (persistent ? 0x40 : 0) | (efi ? 0x20 : 0)));
        out.put((byte) ((cmosClear ? 0x80 : 0) | (lockKeyboard ? 0x40 : 0) | device.code() << 2
                | (screenBlank ? 0x02 : 0) | (lockResetButton ? 0x01 : 0)));
        out.put((byte) byte3).put((byte) byte4).put((byte) deviceInstance);
    }

    static BootFlags decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "Boot flags");
        int b1 = Wire.u8(in);
        int b2 = Wire.u8(in);
        return new BootFlags((b1 & 0x80) != 0, (b1 & 0x40) != 0, (b1 & 0x20) != 0, (b2 & 0x80) != 0, (b2 & 0x40) != 0,
                new BootDevice(b2 >>> 2 & 0x0F), (b2 & 0x02) != 0, (b2 & 0x01) != 0, Wire.u8(in), Wire.u8(in),
                Wire.u8(in) & 0x1F);
    }
}
