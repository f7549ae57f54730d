package dev.ipmi.sdr;

/** Told after each record of an SDR repository walk, e.g. to draw a progress bar. */
@FunctionalInterface
public interface SdrProgressListener {
    SdrProgressListener NONE = (read, total) -> { };

    /**
     * @param recordsRead records read so far in this walk (a restarted walk starts again at 0)
     * @param total       the record counts Get SDR Repository Info and Get Device SDR Info gave
     */
    void progress(int recordsRead, int total);
}
