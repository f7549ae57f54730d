package dev.ipmi.lan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library never sends Get Channel Payload Support (App 4Eh) on its own: with channel 0Eh
 * it crashes ipmi_sim and some BMC firmware. Checked over the main sources of every module, so
 * that a future use has to come with a decision (and a channel that is not 0Eh).
 */
class NoCrashingCommandsTest {
    /** Where the command is defined and catalogued; a catalogue entry sends nothing. */
    private static final List<String> DEFINITIONS = List.of(
            "ipmi-core/src/main/java/dev/ipmi/core/command/payload/GetChannelPayloadSupport.java",
            "ipmi-core/src/main/java/dev/ipmi/core/command/Commands.java",
            "ipmi-core/src/main/java/dev/ipmi/core/command/package-info.java");
    /** A raw send of App (06h) command 4Eh, in any spelling the sources use. */
    private static final Pattern RAW_4E = Pattern.compile("NetFn\\.APP\\s*,\\s*0x4[eE]\\b");

    @Test
    void noMainSourceSendsGetChannelPayloadSupport() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("ipmi-")).toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        scanned++;
                        String rel = root.relativize(f).toString().replace('\\', '/');
                        String text = Files.readString(f);
                        if (!DEFINITIONS.contains(rel)
                                && (text.contains("GetChannelPayloadSupport") || RAW_4E.matcher(text).find())) {
                            offenders.add(rel);
                        }
                    }
                }
            }
        }
        assertTrue(scanned > 100, "scanned only " + scanned + " files from " + root);
        assertEquals(List.of(), offenders, "main sources that may send Get Channel Payload Support");
    }
}
