package dev.ipmi.sdr;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a cached SDR repository valid for a controller: the same model and firmware (Get
 * Device ID), the same repository addition and erase timestamps (Get SDR Repository Info) and,
 * for controllers with device SDRs, the same sensor population change indicator (Get Device
 * SDR Info; 0 for static populations and controllers without device SDRs). Controllers of one
 * model and firmware revision usually share their SDRs, so one entry serves a fleet.
 */
public record SdrCacheKey(int manufacturerId, int productId, int firmwareMajor, int firmwareMinor,
                          long lastAddition, long lastErase, long deviceSdrChange) {
    private static final Pattern FILE_NAME = Pattern.compile(
            "([0-9a-f]{6})-([0-9a-f]{4})-fw(\\d{1,3})\\.([0-9a-f]{2})-add([0-9a-f]{1,8})-era([0-9a-f]{1,8})"
                    + "(?:-dev([0-9a-f]{1,8}))?");

    /** The key of a controller without device SDRs (or with a static population). */
    public SdrCacheKey(int manufacturerId, int productId, int firmwareMajor, int firmwareMinor,
                       long lastAddition, long lastErase) {
        this(manufacturerId, productId, firmwareMajor, firmwareMinor, lastAddition, lastErase, 0);
    }

    /** The key a {@link #fileName()} was made from; empty for other names. */
    public static Optional<SdrCacheKey> parseFileName(String name) {
        Matcher m = FILE_NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SdrCacheKey(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4), 16),
                Long.parseLong(m.group(5), 16), Long.parseLong(m.group(6), 16),
                m.group(7) == null ? 0 : Long.parseLong(m.group(7), 16)));
    }

    /**
     * A file-name-safe form, e.g. "000157-0a1b-fw1.02-add65f5e100-era0", with "-dev" and the
     * change indicator appended when that is not 0.
     */
    public String fileName() {
        String name = String.format("%06x-%04x-fw%d.%02x-add%x-era%x", manufacturerId, productId,
                firmwareMajor, firmwareMinor, lastAddition, lastErase);
        return deviceSdrChange == 0 ? name : name + String.format("-dev%x", deviceSdrChange);
    }

    /** True when this and {@code other} are the same model and firmware. */
    public boolean sameModel(SdrCacheKey other) {
        return manufacturerId == other.manufacturerId && productId == other.productId
                && firmwareMajor == other.firmwareMajor && firmwareMinor == other.firmwareMinor;
    }
}
