package dev.ipmi.examples;

import java.io.ByteArrayOutputStream;

/**
 * ssh-style escapes in what the user types into a SOL console: the escape character (default
 * {@code ~}) right after a line break (or as the very first character) starts a sequence:
 * {@code ~.} leaves, {@code ~B} sends a serial BREAK, {@code ~?} shows help, {@code ~~} sends
 * one {@code ~}. Anything else after the escape character is sent as typed, both characters.
 */
final class EscapeFilter {
    /** What the typed bytes asked for. */
    interface Sink {
        void data(byte[] bytes);

        void quit();

        void sendBreak();

        void help();
    }

    private final int escape;
    private boolean lineStart = true;
    private boolean escaped;

    EscapeFilter(char escape) {
        this.escape = escape;
    }

    /** Feeds {@code n} typed bytes; data runs are handed to the sink between the commands, in order. */
    void feed(byte[] buf, int n, Sink sink) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            int b = buf[i] & 0xFF;
            if (escaped) {
                escaped = false;
                if (b == '.' || b == 'B' || b == '?') {
                    flush(data, sink);
                    if (b == '.') {
                        sink.quit();
                        return; // nothing after ~. is sent
                    }
                    if (b == 'B') {
                        sink.sendBreak();
                    } else {
                        sink.help();
                    }
                    lineStart = true; // another escape may follow at once: ~B~.
                    continue;
                }
                data.write(escape);
                if (b != escape) {
                    data.write(b);
                }
            } else if (lineStart && b == escape) {
                escaped = true;
                continue;
            } else {
                data.write(b);
            }
            lineStart = b == '\r' || b == '\n';
        }
        flush(data, sink);
    }

    private static void flush(ByteArrayOutputStream data, Sink sink) {
        if (data.size() > 0) {
            sink.data(data.toByteArray());
            data.reset();
        }
    }

    static String help(char escape) {
        return "sol: escapes (after a new line): " + escape + ". leave  " + escape + "B send break  " + escape
                + "? this help  " + escape + escape + " a literal " + escape;
    }
}
