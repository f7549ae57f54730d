package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.testing.MiniJson;
import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The tool as a separate process, as {@code ./ipmi} runs it: real exit status, real streams. */
class ProcessTest {

    private record Result(int status, String out, String err) {}

    private static Result ipmi(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        byte[] o = out.readAllBytes();
        byte[] e = err.readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool exits");
        return new Result(p.exitValue(), new String(o, StandardCharsets.UTF_8), new String(e, StandardCharsets.UTF_8));
    }

    @Test
    void infoAgainstTheEmbeddedBmc() throws Exception {
        Result r = ipmi("--json", "info");
        assertEquals(0, r.status(), r::toString);
        @SuppressWarnings("unchecked")
        Map<String, Object> j = (Map<String, Object>) MiniJson.parse(r.out());
        assertEquals(0x20L, j.get("deviceId"));
        assertEquals("", r.err(), "nothing on stderr, no log noise");
    }

    @Test
    void aTimeoutIsOneLineAndStatus1() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(0)) {
            port = s.getLocalPort();
        }
        Result r = ipmi("-H", "127.0.0.1", "-p", String.valueOf(port), "-U", "admin", "-P", "x", "-N", "1", "-R", "1",
                "chassis", "status");
        assertEquals(1, r.status(), r::toString);
        assertEquals("ipmi chassis: BMC did not answer 127.0.0.1:" + port + " within 1 s (1 try); check the address and "
                + "port, or raise -N", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void demoExitsZero() throws Exception {
        Result r = ipmi("demo");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("console stolen by"), r::toString);
    }
}
