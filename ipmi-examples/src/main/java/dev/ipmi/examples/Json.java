package dev.ipmi.examples;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest JSON writer the tool needs: {@link Map} (objects, in insertion order),
 * {@link List}, {@link String}, {@link Number}, {@link Boolean} and {@code null}, written with
 * two-space indentation or on one line. Non-finite numbers become {@code null}, as JSON has no NaN.
 */
final class Json {
    private Json() {}

    /** An ordered object from alternating keys and values: {@code obj("a", 1, "b", null)}. */
    static Map<String, Object> obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Indented, for people reading {@code --json} output. */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    /** On one line, for JSON-lines event streams. */
    static String line(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, -1);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int depth) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            sb.append(Double.isFinite(d) ? number(d) : "null");
        } else if (v instanceof Number n) {
            sb.append(n.longValue());
        } else if (v instanceof Map<?, ?> m) {
            container(sb, '{', '}', m.entrySet().iterator(), m.isEmpty(), depth, (e, d) -> {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                string(sb, String.valueOf(entry.getKey()));
                sb.append(d < 0 ? ":" : ": ");
                write(sb, entry.getValue(), d);
            });
        } else if (v instanceof List<?> l) {
            container(sb, '[', ']', l.iterator(), l.isEmpty(), depth, (e, d) -> write(sb, e, d));
        } else {
            string(sb, v.toString());
        }
    }

    private interface Element {
        void write(Object element, int depth);
    }

    private static void container(StringBuilder sb, char open, char close, Iterator<?> it, boolean empty, int depth,
            Element element) {
        sb.append(open);
        if (empty) {
            sb.append(close);
            return;
        }
        boolean indent = depth >= 0;
        while (it.hasNext()) {
            if (indent) {
                sb.append('\n').append("  ".repeat(depth + 1));
            }
            element.write(it.next(), indent ? depth + 1 : -1);
            if (it.hasNext()) {
                sb.append(',');
            }
        }
        if (indent) {
            sb.append('\n').append("  ".repeat(depth));
        }
        sb.append(close);
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
