package dev.ipmi.sdr;

/**
 * What makes a cached SDR repository valid for a BMC: the same model and firmware (Get Device
 * ID) and the same repository addition and erase timestamps (Get SDR Repository Info). BMCs of
 * one model and firmware revision usually share their SDRs, so one entry serves a fleet.
 */
public record SdrCacheKey(int manufacturerId, int productId, int firmwareMajor, int firmwareMinor,
                          long lastAddition, long lastErase) {

    /** A file-name-safe form, e.g. "000157-0a1b-fw1.02-add65f5e100-era0". */
    public String fileName() {
        return String.format("%06x-%04x-fw%d.%02x-add%x-era%x", manufacturerId, productId,
                firmwareMajor, firmwareMinor, lastAddition, lastErase);
    }

    /** True when this and {@code other} are the same model and firmware. */
    public boolean sameModel(SdrCacheKey other) {
        return manufacturerId == other.manufacturerId && productId == other.productId
                && firmwareMajor == other.firmwareMajor && firmwareMinor == other.firmwareMinor;
    }
}
