package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What typed text becomes: data (in brackets) and commands (QUIT, BREAK, HELP), in order. */
class EscapeFilterTest {

    private static String run(String typed) {
        StringBuilder sb = new StringBuilder();
        EscapeFilter f = new EscapeFilter('~');
        EscapeFilter.Sink sink = new EscapeFilter.Sink() {
            @Override
            public void data(byte[] bytes) {
                sb.append('[').append(new String(bytes, StandardCharsets.US_ASCII).replace("\r", "\\r")).append(']');
            }

            @Override
            public void quit() {
                sb.append("QUIT");
            }

            @Override
            public void sendBreak() {
                sb.append("BREAK");
            }

            @Override
            public void help() {
                sb.append("HELP");
            }
        };
        // one byte at a time, as a terminal in raw mode delivers them
        for (byte b : typed.replace("\\r", "\r").getBytes(StandardCharsets.US_ASCII)) {
            f.feed(new byte[] {b}, 1, sink);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "~.                 | QUIT",
        "ls\\r~.            | [l][s][\\r]QUIT",
        "a~.                | [a][~][.]",
        "~~                 | [~]",
        "~x                 | [~x]",
        "~B~.               | BREAKQUIT",
        "~?                 | HELP",
        "\\r~B              | [\\r]BREAK",
    })
    void escapes(String typed, String expected) {
        assertEquals(expected.strip(), run(typed.strip()));
    }
}
