package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A threshold mask and the six raw threshold bytes (LNC, LC, LNR, UNC, UC, UNR), as Get and
 * Set Sensor Thresholds carry them (IPMI v2.0 sections 35.8, 35.9). Values are raw sensor
 * bytes: convert them with the sensor's SDR factors. Thresholds outside the mask are sent as 0.
 */
public record ThresholdValues(Map<Threshold, Integer> raw) {
    static final int LENGTH = 7;

    public ThresholdValues {
        EnumMap<Threshold, Integer> copy = new EnumMap<>(Threshold.class);
        copy.putAll(raw);
        for (int v : copy.values()) {
            if (v < 0 || v > 0xFF) {
                throw new IllegalArgumentException("raw threshold is one byte: " + v);
            }
        }
        raw = Collections.unmodifiableMap(copy);
    }

    static ThresholdValues decode(ByteBuffer in, String structure) throws MalformedPacketException {
        Wire.need(in, LENGTH, structure);
        int mask = Wire.u8(in);
        EnumMap<Threshold, Integer> m = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            int v = Wire.u8(in);
            if ((mask & 1 << t.ordinal()) != 0) {
                m.put(t, v);
            }
        }
        return new ThresholdValues(m);
    }

    void encode(ByteBuffer out) {
        out.put((byte) Threshold.toBits(raw.keySet()));
        for (Threshold t : Threshold.values()) {
            out.put((byte) raw.getOrDefault(t, 0).intValue());
        }
    }
}
