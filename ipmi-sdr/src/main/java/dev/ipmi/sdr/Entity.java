package dev.ipmi.sdr;

/**
 * An entity id and instance (IPMI v2.0 rev 1.1 §39.1): the instance byte's bit 7 tells a
 * logical container (1) from a physical entity (0); bits 6:0 are the instance number, where
 * 60h-7Fh are device-relative.
 */
public record Entity(EntityId id, int instance, boolean logical) {
    /** From the two SDR bytes. */
    public static Entity of(int id, int instanceByte) {
        return new Entity(EntityId.of(id), instanceByte & 0x7F, (instanceByte & 0x80) != 0);
    }

    /** This entity with another instance number (record sharing). */
    public Entity withInstance(int newInstance) {
        return new Entity(id, newInstance & 0x7F, logical);
    }

    /** True for instances 60h-7Fh, which are relative to the owning controller. */
    public boolean deviceRelative() {
        return instance >= 0x60;
    }

    /** Writes the two SDR bytes: entity id, then bit 7 logical + instance. */
    public void encode(java.nio.ByteBuffer out) {
        out.put((byte) id.value()).put((byte) ((logical ? 0x80 : 0) | instance));
    }

    /** ipmitool's "id.instance" in decimal, e.g. "10.1". */
    @Override
    public String toString() {
        return id.value() + "." + instance;
    }
}
