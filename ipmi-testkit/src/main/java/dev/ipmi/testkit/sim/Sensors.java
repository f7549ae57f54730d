package dev.ipmi.testkit.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * Sensor readings behind the SDR repository (IPMI v2.0 chapter 35): raw readings, thresholds
 * and hysteresis of threshold sensors, state bits of discrete ones. Synchronized: tests set
 * readings while clients read them.
 */
final class Sensors {
    /** Threshold order used everywhere here: the Get Sensor Thresholds order. */
    static final int LNC = 0, LC = 1, LNR = 2, UNC = 3, UC = 4, UNR = 5;

    static final class Sensor {
        final int number;
        final boolean threshold;
        final boolean eventOnly;
        int raw;
        int states;
        int readableMask;
        int settableMask;
        final int[] thresholds = new int[6];
        int hysteresisPositive;
        int hysteresisNegative;

        Sensor(int number, boolean threshold, boolean eventOnly) {
            this.number = number;
            this.threshold = threshold;
            this.eventOnly = eventOnly;
        }
    }

    private final Map<Integer, Sensor> sensors = new TreeMap<>();

    /** The sensors of the ipmi_sim testbed (conf/testbed.emu). */
    static Sensors testbed() {
        Sensors s = new Sensors();
        s.add(new Sensor(0, false, true));
        s.thresholdSensor(1, 45, true, -1, -1, -1, 85, 95, 105).hysteresisPositive = 2;
        s.sensors.get(1).hysteresisNegative = 2;
        s.thresholdSensor(2, 64, true, 35, 30, 20, 80, 85, 90);
        s.thresholdSensor(3, 200, false, 190, 180, 170, 210, 220, 230);
        s.thresholdSensor(4, 34, false, 25, 17, -1, 42, 50, -1);
        s.thresholdSensor(5, 165, false, 157, 148, -1, 173, 182, -1);
        s.thresholdSensor(6, 90, true, 20, 10, 5, -1, -1, -1);
        s.thresholdSensor(7, 15, true, 20, 10, 5, -1, -1, -1);
        s.add(new Sensor(8, false, false)).states = 0x0001;
        s.add(new Sensor(9, false, false));
        s.thresholdSensor(10, 0xDD, false, -1, -1, -1, -1, -1, -1);
        return s;
    }

    private Sensor add(Sensor sensor) {
        sensors.put(sensor.number, sensor);
        return sensor;
    }

    /** Thresholds in LNC, LC, LNR, UNC, UC, UNR order; -1 = not present. */
    private Sensor thresholdSensor(int number, int raw, boolean settable, int... t) {
        Sensor s = add(new Sensor(number, true, false));
        s.raw = raw;
        for (int i = 0; i < 6; i++) {
            if (t[i] >= 0) {
                s.readableMask |= 1 << i;
                s.thresholds[i] = t[i];
            }
        }
        s.settableMask = settable ? s.readableMask : 0;
        return s;
    }

    synchronized void setRaw(int number, int raw) {
        sensor(number).raw = raw & 0xFF;
    }

    synchronized void setStates(int number, int states) {
        sensor(number).states = states & 0x7FFF;
    }

    synchronized int raw(int number) {
        return sensor(number).raw;
    }

    private Sensor sensor(int number) {
        Sensor s = sensors.get(number);
        if (s == null) {
            throw new IllegalArgumentException("no sensor number " + number);
        }
        return s;
    }

    /** Get Sensor Reading (section 35.14). */
    synchronized Reply reading(int number) {
        Sensor s = sensors.get(number);
        if (s == null || s.eventOnly) {
            return Reply.cc(0xCB);
        }
        if (!s.threshold) {
            return Reply.ok((byte) 0, (byte) 0xC0, (byte) s.states, (byte) (0x80 | s.states >>> 8));
        }
        int status = 0;
        int[] t = s.thresholds;
        for (int i = LNC; i <= LNR; i++) {
            if ((s.readableMask & 1 << i) != 0 && s.raw <= t[i]) {
                status |= 1 << i;
            }
        }
        for (int i = UNC; i <= UNR; i++) {
            if ((s.readableMask & 1 << i) != 0 && s.raw >= t[i]) {
                status |= 1 << i;
            }
        }
        return Reply.ok((byte) s.raw, (byte) 0xC0, (byte) status, (byte) 0x80);
    }

    /** Get Sensor Thresholds (section 35.9). */
    synchronized Reply thresholds(int number) {
        Sensor s = sensors.get(number);
        if (s == null) {
            return Reply.cc(0xCB);
        }
        if (!s.threshold) {
            return Reply.cc(0xCD);
        }
        byte[] r = new byte[7];
        r[0] = (byte) s.readableMask;
        for (int i = 0; i < 6; i++) {
            r[1 + i] = (byte) ((s.readableMask & 1 << i) != 0 ? s.thresholds[i] : 0);
        }
        return Reply.ok(r);
    }

    /** Set Sensor Thresholds (section 35.8): data = sensor, mask, then LNC, LC, LNR, UNC, UC, UNR. */
    synchronized Reply setThresholds(byte[] d) {
        if (d.length < 8) {
            return Reply.cc(0xC7);
        }
        Sensor s = sensors.get(d[0] & 0xFF);
        if (s == null) {
            return Reply.cc(0xCB);
        }
        int mask = d[1] & 0x3F;
        if (!s.threshold || (mask & ~s.settableMask) != 0) {
            return Reply.cc(0xCD);
        }
        for (int i = 0; i < 6; i++) {
            if ((mask & 1 << i) != 0) {
                s.thresholds[i] = d[2 + i] & 0xFF;
            }
        }
        return Reply.ok();
    }

    /** Get Sensor Hysteresis (section 35.7). */
    synchronized Reply hysteresis(int number) {
        Sensor s = sensors.get(number);
        if (s == null) {
            return Reply.cc(0xCB);
        }
        if (!s.threshold) {
            return Reply.cc(0xCD);
        }
        return Reply.ok((byte) s.hysteresisPositive, (byte) s.hysteresisNegative);
    }

    /** Set Sensor Hysteresis (section 35.6): sensor, reserved mask, positive, negative. */
    synchronized Reply setHysteresis(byte[] d) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        Sensor s = sensors.get(d[0] & 0xFF);
        if (s == null) {
            return Reply.cc(0xCB);
        }
        if (!s.threshold) {
            return Reply.cc(0xCD);
        }
        s.hysteresisPositive = d[2] & 0xFF;
        s.hysteresisNegative = d[3] & 0xFF;
        return Reply.ok();
    }

    /** Get Sensor Event Enable (section 35.11): all events and scanning enabled. */
    synchronized Reply eventEnable(int number) {
        Sensor s = sensors.get(number);
        if (s == null) {
            return Reply.cc(0xCB);
        }
        return Reply.ok((byte) 0xC0);
    }
}
