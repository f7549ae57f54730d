package dev.ipmi.sdr.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ipmi.core.fuzz.Fuzz;
import dev.ipmi.sdr.SdrRecord;
import dev.ipmi.sdr.SensorReading;
import dev.ipmi.sdr.SensorRecord;
import dev.ipmi.sdr.SensorValue;
import dev.ipmi.sdr.fru.FruInventory;
import dev.ipmi.sdr.sel.SelRecord;
import dev.ipmi.sdr.sel.SystemEventRecord;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Coverage-guided fuzz targets for the records a BMC's repositories hand out: SDRs (with the
 * reading conversion a monitoring agent runs on them), SEL entries (with their ipmitool-style
 * description) and FRU inventory images. All three come from the BMC's storage, which other
 * software on the host can write, so they are untrusted input. Corpora in
 * {@code SdrFuzzTestInputs/<target>/}; FUZZING.md explains the modes.
 */
class SdrFuzzTest {

    /**
     * <pre>
     * input: sensor reading response (4) | one SDR (rest)
     * </pre>
     */
    @FuzzTest(maxDuration = "5s")
    void sdrRecords(byte[] input) {
        if (input.length < 4) {
            return;
        }
        byte[] reading = Arrays.copyOf(input, 4);
        byte[] record = Arrays.copyOfRange(input, 4, input.length);
        Fuzz.decode(record, in -> {
            SdrRecord r = SdrRecord.decode(in);
            r.toString();
            if (r instanceof SensorRecord sensor) {
                sensor.name();
                for (SensorRecord s : sensor.sensors()) {
                    SensorValue.of(s, SensorReading.decode(ByteBuffer.wrap(reading))).toString();
                }
            }
        });
    }

    /**
     * <pre>
     * input: one SEL entry (16) | an SDR for its sensor (rest, optional)
     * </pre>
     */
    @FuzzTest(maxDuration = "5s")
    void selRecords(byte[] input) {
        Fuzz.decode(input, in -> {
            SelRecord r = SelRecord.decode(in);
            r.toString();
            if (r instanceof SystemEventRecord event) {
                event.describe(null);
                if (in.hasRemaining() && SdrRecord.decode(in) instanceof SensorRecord sensor) {
                    event.describe(sensor);
                    event.triggerReading(sensor);
                    event.triggerThreshold(sensor);
                }
            }
        });
    }

    @FuzzTest(maxDuration = "5s")
    void fruInventory(byte[] input) {
        Fuzz.decode(input, in -> FruInventory.decode(in).toString());
    }
}
