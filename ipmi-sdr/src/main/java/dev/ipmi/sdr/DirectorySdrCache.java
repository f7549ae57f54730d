package dev.ipmi.sdr;

import dev.ipmi.core.wire.Wire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link SdrCache#directory(Path)}: one text file per key, one record in hex per line, written
 * to a temporary file and moved into place so readers never see half a file.
 */
final class DirectorySdrCache implements SdrCache {
    private static final String SUFFIX = ".sdr";
    private final Path directory;
    private final SdrCacheListener listener;

    DirectorySdrCache(Path directory, SdrCacheListener listener) {
        this.directory = directory;
        this.listener = listener;
    }

    @Override
    public Optional<List<byte[]>> get(SdrCacheKey key) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file(key), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        List<byte[]> records = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!line.isBlank()) {
                try {
                    records.add(Wire.unhex(line.strip()));
                } catch (IllegalArgumentException e) {
                    // A damaged file is a miss: the caller reads the BMC and overwrites it.
                    return Optional.empty();
                }
            }
        }
        return Optional.of(records);
    }

    @Override
    public void put(SdrCacheKey key, List<byte[]> records) throws IOException {
        Files.createDirectories(directory);
        StringBuilder sb = new StringBuilder();
        for (byte[] r : records) {
            sb.append(Wire.hex(r)).append('\n');
        }
        Path tmp = Files.createTempFile(directory, key.fileName(), ".tmp");
        try {
            Files.writeString(tmp, sb, StandardCharsets.US_ASCII);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!name.endsWith(SUFFIX)) {
                continue;
            }
            Optional<SdrCacheKey> other = SdrCacheKey.parseFileName(name.substring(0, name.length() - SUFFIX.length()));
            if (other.isPresent() && other.get().sameModel(key) && !other.get().equals(key)
                    && Files.deleteIfExists(f)) {
                listener.stale(other.get(), key);
            }
        }
    }

    private Path file(SdrCacheKey key) {
        return directory.resolve(key.fileName() + SUFFIX);
    }
}
