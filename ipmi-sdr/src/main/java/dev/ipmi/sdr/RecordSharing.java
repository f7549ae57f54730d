package dev.ipmi.sdr;

/**
 * The record sharing fields of compact and event-only SDRs (IPMI v2.0 rev 1.1 §43.2, bytes
 * 24-25 of the compact record, 13-14 of the event-only record).
 *
 * <pre>
 * byte 1  [7:6] sensor direction  [5:4] ID string instance modifier type (00b numeric, 01b alpha)
 *         [3:0] share count (0 and 1 both mean "not shared")
 * byte 2  [7] 1 = entity instance increments with each shared sensor
 *         [6:0] ID string instance modifier offset
 * </pre>
 */
public record RecordSharing(int sensorDirection, boolean alphaModifier, int shareCount,
                            boolean entityInstanceIncrements, int modifierOffset) {

    static RecordSharing of(int byte1, int byte2) {
        return new RecordSharing(byte1 >>> 6 & 3, (byte1 >>> 4 & 3) == 1, byte1 & 0x0F,
                (byte2 & 0x80) != 0, byte2 & 0x7F);
    }

    void encode(java.nio.ByteBuffer out) {
        out.put((byte) (sensorDirection << 6 | (alphaModifier ? 0x10 : 0) | shareCount));
        out.put((byte) ((entityInstanceIncrements ? 0x80 : 0) | modifierOffset));
    }

    /** The number of sensors the record stands for, at least 1. */
    public int count() {
        return Math.max(1, shareCount);
    }

    /**
     * The suffix appended to the ID string of the {@code index}th shared sensor: decimal for
     * numeric modifiers, "A".."Z", "AA".. for alpha ones.
     */
    public String modifier(int index) {
        int n = modifierOffset + index;
        if (!alphaModifier) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        for (int v = n + 1; v > 0; v = (v - 1) / 26) {
            sb.append((char) ('A' + (v - 1) % 26));
        }
        return sb.reverse().toString();
    }
}
