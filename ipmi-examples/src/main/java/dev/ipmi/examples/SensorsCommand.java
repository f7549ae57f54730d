package dev.ipmi.examples;

import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.sdr.SdrRepository;
import dev.ipmi.sdr.SdrRepositoryReader;
import dev.ipmi.sdr.SensorReader;
import dev.ipmi.sdr.SensorValue;
import dev.ipmi.lan.IpmiSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code ipmi sensors [--type TYPE]}: one line per sensor, like ipmitool's {@code sensor list}. */
final class SensorsCommand implements Command {
    /** JSON names and column order of the thresholds, as ipmitool prints them. */
    private static final Map<String, Threshold> THRESHOLDS = new LinkedHashMap<>();

    static {
        THRESHOLDS.put("lnr", Threshold.LOWER_NON_RECOVERABLE);
        THRESHOLDS.put("lc", Threshold.LOWER_CRITICAL);
        THRESHOLDS.put("lnc", Threshold.LOWER_NON_CRITICAL);
        THRESHOLDS.put("unc", Threshold.UPPER_NON_CRITICAL);
        THRESHOLDS.put("uc", Threshold.UPPER_CRITICAL);
        THRESHOLDS.put("unr", Threshold.UPPER_NON_RECOVERABLE);
    }

    @Override
    public String name() {
        return "sensors";
    }

    @Override
    public String summary() {
        return "one line per sensor: reading, unit, status, thresholds [--type TYPE]";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] sensors [--type TYPE] [--json]

                Reads the SDR repository (a progress bar on stderr when at a terminal), then every
                sensor's reading (Get Sensor Reading, IPMI v2.0 35.14), converted to units with
                its SDR. Columns: name, reading, unit, status (ok, nc, cr, nr; ns = no reading;
                the asserted states for discrete sensors), and the thresholds lnr lc lnc unc uc unr.
                --type keeps one sensor type, by name (Temperature, Voltage, Fan, ...) or number.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String type = args.option("--type");
        args.done();
        IpmiSession s = ctx.session();
        List<SensorValue> values = read(ctx, s);
        List<Map<String, Object>> json = new ArrayList<>();
        Table t = new Table("NAME", "READING", "UNIT", "STATUS", "LNR", "LC", "LNC", "UNC", "UC", "UNR");
        for (SensorValue v : values) {
            if (type != null && !matches(v, type)) {
                continue;
            }
            Map<String, Object> thresholds = new LinkedHashMap<>();
            List<Object> row = new ArrayList<>();
            Double reading = v.value().isPresent() ? v.value().getAsDouble() : null;
            String status = v.isThresholdSensor() || !v.reading().valid() ? v.statusText()
                    : v.states().isEmpty() ? "ok" : String.join(", ", v.states());
            row.add(v.sensor().name());
            row.add(reading == null ? "na" : number(reading));
            row.add(v.unit());
            row.add(status);
            for (Map.Entry<String, Threshold> e : THRESHOLDS.entrySet()) {
                Double th = v.thresholds().get(e.getValue());
                thresholds.put(e.getKey(), th);
                row.add(th == null ? "na" : number(th));
            }
            Map<String, Object> j = Json.obj("name", v.sensor().name(), "number", v.sensor().key().sensorNumber(),
                    "type", v.sensor().sensorType().name(), "reading", reading, "unit", v.unit(),
                    "status", v.statusText(), "thresholds", thresholds);
            if (!v.isThresholdSensor()) {
                j.put("states", v.states());
            }
            json.add(j);
            t.row(row.toArray());
        }
        ctx.print(json, t.toString());
        return Exit.OK;
    }

    /** The SDRs (with a progress bar when at a terminal) and every sensor's reading. */
    static List<SensorValue> read(Context ctx, IpmiSession s) throws Exception {
        ProgressBar bar = new ProgressBar(ctx, "reading SDRs");
        SdrRepository sdrs;
        try {
            sdrs = new SdrRepositoryReader(s).read(bar);
        } finally {
            bar.finish();
        }
        return new SensorReader(s).readAll(sdrs);
    }

    private static boolean matches(SensorValue v, String type) {
        String name = v.sensor().sensorType().name();
        if (name != null && name.toLowerCase(Locale.ROOT).startsWith(type.toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            return Integer.decode(type) == v.sensor().sensorType().value();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Three decimals like ipmitool, trailing zeros trimmed. */
    static String number(double d) {
        String s = String.format(Locale.ROOT, "%.3f", d);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
