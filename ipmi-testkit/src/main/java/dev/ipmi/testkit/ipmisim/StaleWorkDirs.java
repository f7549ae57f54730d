package dev.ipmi.testkit.ipmisim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work directories of JVMs that were killed before they could clean up. Each work directory
 * records its owner JVM (pid and start time, so a reused pid does not count); the first
 * start in a JVM deletes the directories whose owner is gone. Their processes are already
 * gone too (see {@code Children}).
 */
final class StaleWorkDirs {
    static final String PREFIX = "ipmisim-";
    private static final String OWNER_FILE = "owner-jvm";
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private StaleWorkDirs() {}

    /** Marks {@code workDir} as belonging to this JVM. */
    static void claim(Path workDir) throws IOException {
        Files.writeString(workDir.resolve(OWNER_FILE), describe(ProcessHandle.current()).orElse("unknown"));
    }

    /** Once per JVM: deletes work directories under {@code tempDir} whose owner JVM is gone. */
    static void sweepOnce(Path tempDir) {
        if (SWEPT.compareAndSet(false, true)) {
            sweep(tempDir);
        }
    }

    /** Deletes the work directories under {@code tempDir} whose owner JVM is gone. */
    static void sweep(Path tempDir) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tempDir, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (isOrphan(dir)) {
                    IpmiSimBmc.deleteTree(dir);
                }
            }
        } catch (IOException e) {
            // best effort: a temp directory we cannot list holds nothing we could delete
        }
    }

    private static boolean isOrphan(Path dir) {
        try {
            String owner = Files.readString(dir.resolve(OWNER_FILE), StandardCharsets.US_ASCII).trim();
            int space = owner.indexOf(' ');
            if (space < 0 || !owner.substring(0, space).matches("\\d{1,10}")) {
                return false;
            }
            Optional<ProcessHandle> alive = ProcessHandle.of(Long.parseLong(owner.substring(0, space)))
                    .filter(ProcessHandle::isAlive);
            if (alive.isEmpty()) {
                return true;
            }
            Optional<String> now = describe(alive.get());
            return now.isPresent() && !now.get().equals(owner); // same pid, another process
        } catch (IOException | RuntimeException e) {
            return false; // not ours, or unreadable: leave it alone
        }
    }

    private static Optional<String> describe(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).map(t -> p.pid() + " " + t);
    }
}
