package dev.ipmi.testkit.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks up programs the way a shell would, plus the {@code sbin} directories: Debian installs
 * FreeIPMI's tools in {@code /usr/sbin}, which is not on a normal user's {@code PATH}.
 */
public final class Executables {
    private static final List<String> EXTRA_DIRS =
            List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private Executables() {}

    /** The executable {@code name} on {@code PATH} or in the usual system directories. */
    public static Optional<Path> find(String name) {
        return find(name, System.getenv("PATH"));
    }

    /**
     * Like {@link #find(String)} with an explicit search path ({@code :}-separated, may be
     * null). A name containing a {@code /} is taken as a path and only checked.
     */
    public static Optional<Path> find(String name, String searchPath) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.indexOf('/') >= 0) {
            Path p = Path.of(name);
            return isExecutable(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        }
        Set<String> dirs = new LinkedHashSet<>();
        if (searchPath != null) {
            for (String d : searchPath.split(File.pathSeparator)) {
                if (!d.isEmpty()) {
                    dirs.add(d);
                }
            }
        }
        dirs.addAll(EXTRA_DIRS);
        for (String d : dirs) {
            Path p = Path.of(d, name);
            if (isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The names among {@code names} that {@link #find(String)} cannot find, in order. */
    public static List<String> missing(String... names) {
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (find(n).isEmpty()) {
                missing.add(n);
            }
        }
        return missing;
    }

    /** The path of {@code name}, or an exception naming what is missing. */
    public static Path require(String name) throws MissingExecutableException {
        return find(name).orElseThrow(() -> new MissingExecutableException(List.of(name)));
    }

    private static boolean isExecutable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
