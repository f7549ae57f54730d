package dev.ipmi.testkit.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Chassis state (IPMI v2.0 chapter 28): power, last power event, identify, restart cause,
 * boot flags (parameter 5), power-on hours. Shared between the selector thread and the test's
 * API calls, hence synchronized.
 */
final class Chassis {
    static final int CAUSE_UNKNOWN = 0;
    static final int CAUSE_CHASSIS_CONTROL = 1;

    private boolean powerOn;
    private int lastPowerEvent;
    private int identify; // 0 off, 1 timed on, 2 indefinite
    private long identifyUntilNanos;
    private int restartCause = CAUSE_UNKNOWN;
    private int restorePolicy = 2; // always on
    private final byte[] bootFlags = new byte[5];
    private int bootFlagsValidClear;
    private final long startMillis = System.currentTimeMillis();
    private final List<String> controlLog = new ArrayList<>();

    Chassis(boolean powerOn) {
        this.powerOn = powerOn;
    }

    synchronized boolean powerOn() {
        return powerOn;
    }

    synchronized void setPower(boolean on, String why) {
        powerOn = on;
        controlLog.add(why);
    }

    synchronized void powerControl(int action) {
        String name = switch (action) {
            case 0 -> "off";
            case 1 -> "on";
            case 2 -> "cycle";
            case 3 -> "reset";
            case 4 -> "diag";
            case 5 -> "soft";
            default -> "action " + action;
        };
        controlLog.add(name);
        switch (action) {
            case 0, 5 -> powerOn = false;
            case 1 -> {
                powerOn = true;
                restartCause = CAUSE_CHASSIS_CONTROL;
            }
            case 2 -> powerOn = false; // back on after the cycle delay
            case 3 -> restartCause = CAUSE_CHASSIS_CONTROL;
            default -> { }
        }
        if (action == 0 || action == 5) {
            lastPowerEvent = 0x10; // last power-on/off was by IPMI command
        }
    }

    synchronized void cycleDone() {
        powerOn = true;
        restartCause = CAUSE_CHASSIS_CONTROL;
        lastPowerEvent = 0x10;
    }

    synchronized List<String> controlLog() {
        return List.copyOf(controlLog);
    }

    /** Get Chassis Status data (section 28.2). */
    synchronized byte[] status() {
        long now = System.nanoTime();
        if (identify == 1 && now - identifyUntilNanos > 0) {
            identify = 0;
        }
        return new byte[] {(byte) ((powerOn ? 0x01 : 0) | restorePolicy << 5), (byte) lastPowerEvent,
            (byte) (0x40 | identify << 4), 0};
    }

    synchronized void identify(int seconds, boolean force) {
        if (force) {
            identify = 2;
        } else if (seconds == 0) {
            identify = 0;
        } else {
            identify = 1;
            identifyUntilNanos = System.nanoTime() + seconds * 1_000_000_000L;
        }
    }

    synchronized int identifyState() {
        return identify;
    }

    synchronized int restartCause() {
        return restartCause;
    }

    synchronized int setRestorePolicy(int policy) {
        if (policy != 3) {
            restorePolicy = policy;
        }
        return 0x07; // all three policies supported
    }

    synchronized byte[] bootFlags() {
        return bootFlags.clone();
    }

    synchronized void setBootFlags(byte[] flags) {
        System.arraycopy(flags, 0, bootFlags, 0, Math.min(flags.length, 5));
    }

    synchronized int bootFlagsValidClear() {
        return bootFlagsValidClear;
    }

    synchronized void setBootFlagsValidClear(int v) {
        bootFlagsValidClear = v;
    }

    /** Minutes since the simulated BMC started (the POH counter counts in minutes). */
    long powerOnMinutes() {
        return (System.currentTimeMillis() - startMillis) / 60_000;
    }
}
