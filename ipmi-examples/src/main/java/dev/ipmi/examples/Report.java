package dev.ipmi.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key-value output: each field has a stable JSON name and a human label; printed either as a
 * JSON object or as aligned {@code Label : value} lines, like ipmitool's.
 */
final class Report {
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String[]> lines = new ArrayList<>();

    /** A field shown the same way in both forms. */
    Report put(String key, String label, Object value) {
        return put(key, label, value, value == null ? "n/a" : String.valueOf(value));
    }

    /** A field with its own human text; a null key makes a text-only line (part of a nested JSON value). */
    Report put(String key, String label, Object value, String human) {
        if (key != null) {
            json.put(key, value);
        }
        lines.add(new String[] {label, human});
        return this;
    }

    /** A field only in the JSON form (nested objects, ids the text already shows). */
    Report json(String key, Object value) {
        json.put(key, value);
        return this;
    }

    Map<String, Object> toJson() {
        return json;
    }

    String toText() {
        int width = 0;
        for (String[] l : lines) {
            width = Math.max(width, l[0].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] l : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(String.format("%-" + width + "s : %s", l[0], l[1]));
        }
        return sb.toString();
    }

    void print(Context ctx) {
        ctx.print(json, toText());
    }
}
