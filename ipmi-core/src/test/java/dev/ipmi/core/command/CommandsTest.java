package dev.ipmi.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue as a whole: unique keys, and every entry round-trips its samples. */
class CommandsTest {

    record Sample(String name, byte[] request, byte[] response, boolean openEnded) {
        @Override
        public String toString() {
            return name + " | " + Wire.hex(request) + " | " + Wire.hex(response);
        }
    }

    static List<Sample> samples() throws IOException {
        List<Sample> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CommandsTest.class.getResourceAsStream("/commands/samples.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                out.add(new Sample(f[0].trim(), hex(f[1]), hex(f[2]), f.length > 3 && f[3].trim().equals("open")));
            }
        }
        return out;
    }

    private static byte[] hex(String s) {
        return s.trim().equals("-") ? new byte[0] : Wire.unhex(s);
    }

    private static CatalogueEntry entry(String name) {
        return Commands.all().stream().filter(e -> e.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no catalogue entry named " + name));
    }

    @Test
    void keysAndNamesAreUnique() {
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CatalogueEntry e : Commands.all()) {
            assertTrue(keys.add(e.spec().netFn().code() + "/" + e.spec().command() + "/" + e.groupId()), "duplicate " + e);
            assertTrue(names.add(e.spec().name()), "duplicate name " + e.spec().name());
        }
    }

    @Test
    void lookupFindsEveryEntry() {
        for (CatalogueEntry e : Commands.all()) {
            CatalogueEntry found = e.groupId() == CatalogueEntry.NO_GROUP
                    ? Commands.find(e.spec().netFn(), e.spec().command()).orElseThrow()
                    : Commands.find(e.spec().netFn(), e.spec().command(), e.groupId()).orElseThrow();
            assertSame(e, found);
        }
        assertFalse(Commands.find(NetFn.APP, 0xFF).isPresent());
    }

    @Test
    void everyEntryHasSamples() throws IOException {
        Map<String, Long> counts = samples().stream().collect(Collectors.groupingBy(Sample::name, Collectors.counting()));
        for (CatalogueEntry e : Commands.all()) {
            assertTrue(counts.containsKey(e.spec().name()), "no sample for " + e.spec().name());
        }
        for (String name : counts.keySet()) {
            entry(name);
        }
    }

    @Test
    void nonNormalCompletionCodesNeverReachTheDecoder() throws Exception {
        dev.ipmi.core.command.app.GetDeviceId get = new dev.ipmi.core.command.app.GetDeviceId();
        CompletionCodeException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionCodeException.class,
                () -> Commands.decodeResponse(get, ByteBuffer.wrap(Wire.unhex("c1"))));
        assertEquals(CompletionCode.INVALID_COMMAND, e.code());
        assertSame(get.spec(), e.command());
        org.junit.jupiter.api.Assertions.assertThrows(dev.ipmi.core.MalformedPacketException.class,
                () -> Commands.decodeResponse(get, ByteBuffer.allocate(0)));
        assertEquals(0x20, Commands.decodeResponse(get,
                ByteBuffer.wrap(Wire.unhex("00 20 01 01 23 02 9f 91 12 00 02 0f 00 00 00 00"))).deviceId());
    }

    @Test
    void packageDocumentationListsEveryCommand() throws IOException {
        String doc = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/dev/ipmi/core/command/package-info.java"));
        for (CatalogueEntry e : Commands.all()) {
            assertTrue(doc.contains("<tr><td>" + e.spec().name() + "</td><td>"), "package-info lacks " + e.spec().name());
        }
    }

    @Test
    void everySpecIsThePublicConstantOfItsRequest() throws Exception {
        for (CatalogueEntry e : Commands.all()) {
            Class<?> type = typeOf(e);
            assertSame(e.spec(), type.getField("SPEC").get(null), e.spec().name());
            assertTrue(type.isRecord(), type + " is a record");
            assertTrue(Class.forName(type.getName() + "$Response").isRecord(), type + ".Response is a record");
        }
    }

    private static Class<?> typeOf(CatalogueEntry e) throws IOException {
        for (Sample s : samples()) {
            if (s.name().equals(e.spec().name())) {
                try {
                    return e.decodeRequest(ByteBuffer.wrap(s.request())).getClass();
                } catch (dev.ipmi.core.MalformedPacketException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        throw new AssertionError("no sample for " + e.spec().name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void requestRoundTrips(Sample s) throws Exception {
        CatalogueEntry e = entry(s.name());
        IpmiRequest<? extends CommandResponse> request = e.decodeRequest(ByteBuffer.wrap(s.request()));
        assertSame(e.spec(), request.spec());
        assertEquals(s.request().length, request.dataLength(), "dataLength of " + request);
        ByteBuffer out = ByteBuffer.allocate(request.dataLength());
        request.encodeData(out);
        assertEquals(Wire.hex(s.request()), Wire.hex(out.array()), "re-encoded " + request);
        assertEquals(request, e.decodeRequest(ByteBuffer.wrap(out.array())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void responseRoundTrips(Sample s) throws Exception {
        CatalogueEntry e = entry(s.name());
        CommandResponse response = e.decodeResponse(ByteBuffer.wrap(s.request()), ByteBuffer.wrap(s.response()));
        assertNotNull(response);
        assertEquals(s.response().length, response.encodedLength(), "encodedLength of " + response);
        ByteBuffer out = ByteBuffer.allocate(response.encodedLength());
        response.encode(out);
        assertEquals(Wire.hex(s.response()), Wire.hex(out.array()), "re-encoded " + response);
        assertEquals(response, e.decodeResponse(ByteBuffer.wrap(s.request()), ByteBuffer.wrap(out.array())));
        if (s.openEnded()) {
            return; // the response runs to the end of the message: nothing is "extra"
        }
        // extra trailing bytes are ignored
        byte[] longer = java.util.Arrays.copyOf(s.response(), s.response().length + 3);
        assertEquals(response, e.decodeResponse(ByteBuffer.wrap(s.request()), ByteBuffer.wrap(longer)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void decodersAreRobust(Sample s) {
        CatalogueEntry e = entry(s.name());
        Robustness.assertRobust(s + " request", s.request(), e::decodeRequest);
        Robustness.assertRobust(s + " response", s.response(),
                in -> e.decodeResponse(ByteBuffer.wrap(s.request()), in));
    }


}
