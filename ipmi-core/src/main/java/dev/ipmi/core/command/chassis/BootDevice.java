package dev.ipmi.core.command.chassis;

/** Boot device selector of the boot flags (IPMI v2.0 table 28-14, parameter 5, byte 2 bits 5:2): an open type. */
public record BootDevice(int code) {
    public static final BootDevice NO_OVERRIDE = new BootDevice(0x0);
    public static final BootDevice PXE = new BootDevice(0x1);
    public static final BootDevice DISK = new BootDevice(0x2);
    public static final BootDevice DISK_SAFE_MODE = new BootDevice(0x3);
    public static final BootDevice DIAGNOSTIC_PARTITION = new BootDevice(0x4);
    public static final BootDevice CD_DVD = new BootDevice(0x5);
    public static final BootDevice BIOS_SETUP = new BootDevice(0x6);
    public static final BootDevice REMOTE_FLOPPY = new BootDevice(0x7);
    public static final BootDevice REMOTE_CD_DVD = new BootDevice(0x8);
    public static final BootDevice REMOTE_PRIMARY_MEDIA = new BootDevice(0x9);
    public static final BootDevice REMOTE_DISK = new BootDevice(0xB);
    public static final BootDevice FLOPPY = new BootDevice(0xF);

    public BootDevice {
        if (code < 0 || code > 0xF) {
            throw new IllegalArgumentException("boot device is 4 bits: " + code);
        }
    }

    @Override
    public String toString() {
        return switch (code) {
            case 0x0 -> "NO_OVERRIDE";
            case 0x1 -> "PXE";
            case 0x2 -> "DISK";
            case 0x3 -> "DISK_SAFE_MODE";
            case 0x4 -> "DIAGNOSTIC_PARTITION";
            case 0x5 -> "CD_DVD";
            case 0x6 -> "BIOS_SETUP";
            case 0x7 -> "REMOTE_FLOPPY";
            case 0x8 -> "REMOTE_CD_DVD";
            case 0x9 -> "REMOTE_PRIMARY_MEDIA";
            case 0xB -> "REMOTE_DISK";
            case 0xF -> "FLOPPY";
            default -> String.format("RESERVED(%Xh)", code);
        };
    }
}
