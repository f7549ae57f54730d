package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Base Compatibility (type 04h) and Extended Compatibility (type 05h) multirecords (FRU
 * Information Storage Definition v1.0 §18.5-18.6): which codes of a manufacturer's
 * compatibility scheme the FRU is compatible with. Code {@code start + i} is compatible when
 * bit {@code i} of the mask is set (bit 0 of the first mask byte first).
 *
 * <pre>
 * 0   manufacturer ID (3, IANA number, least significant byte first)
 * 3   entity ID
 * 4   compatibility base
 * 5   [6:0] compatibility code start value
 * 6.. code range mask
 * </pre>
 */
public record CompatibilityRecord(int type, int manufacturerId, int entityId, int compatibilityBase,
                                  int codeStart, byte[] codeRangeMask) implements MultiRecordContent {
    public static final int BASE = 0x04;
    public static final int EXTENDED = 0x05;
    private static final int FIXED = 6;

    public CompatibilityRecord {
        codeRangeMask = codeRangeMask.clone();
    }

    @Override
    public byte[] codeRangeMask() {
        return codeRangeMask.clone();
    }

    /** True for an Extended Compatibility record. */
    public boolean extended() {
        return type == EXTENDED;
    }

    /** True when the mask marks {@code code} as compatible. */
    public boolean compatibleWith(int code) {
        int bit = code - codeStart;
        return bit >= 0 && bit < codeRangeMask.length * 8 && (codeRangeMask[bit >>> 3] >>> (bit & 7) & 1) != 0;
    }

    static CompatibilityRecord decode(int type, ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, FIXED, "Compatibility multirecord");
        int manufacturer = Wire.u16le(in) | Wire.u8(in) << 16;
        int entity = Wire.u8(in);
        int base = Wire.u8(in);
        int start = Wire.u8(in) & 0x7F;
        return new CompatibilityRecord(type, manufacturer, entity, base, start,
                Wire.bytes(in, in.remaining(), "Compatibility multirecord"));
    }

    @Override
    public int encodedLength() {
        return FIXED + codeRangeMask.length;
    }

    @Override
    public void encode(ByteBuffer out) {
        Wire.putU16le(out, manufacturerId & 0xFFFF);
        out.put((byte) (manufacturerId >>> 16)).put((byte) entityId).put((byte) compatibilityBase)
                .put((byte) (codeStart & 0x7F)).put(codeRangeMask);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompatibilityRecord c && c.type == type && c.manufacturerId == manufacturerId
                && c.entityId == entityId && c.compatibilityBase == compatibilityBase && c.codeStart == codeStart
                && Arrays.equals(c.codeRangeMask, codeRangeMask);
    }

    @Override
    public int hashCode() {
        return (type * 31 + manufacturerId) * 31 + Arrays.hashCode(codeRangeMask);
    }

    @Override
    public String toString() {
        return String.format("CompatibilityRecord[%s, manufacturer %d, entity 0x%02X, base 0x%02X, codes from %d, mask %s]",
                extended() ? "extended" : "base", manufacturerId, entityId, compatibilityBase, codeStart,
                Wire.hex(codeRangeMask));
    }
}
