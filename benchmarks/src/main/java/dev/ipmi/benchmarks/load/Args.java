package dev.ipmi.benchmarks.load;

import java.util.Arrays;
import java.util.List;

/** Command-line options of the load drivers: {@code --quick} and {@code --name value} integers. */
final class Args {
    private final List<String> args;

    Args(String[] args) {
        this.args = Arrays.asList(args);
    }

    /** Whether {@code --quick} was given: a correctness run that finishes in seconds. */
    boolean quick() {
        return args.contains("--quick");
    }

    /** The integer after {@code --name}, else {@code quick} or {@code full} depending on {@link #quick()}. */
    int intValue(String name, int quick, int full) {
        int i = args.indexOf("--" + name);
        if (i >= 0 && i + 1 < args.size()) {
            return Integer.parseInt(args.get(i + 1));
        }
        return quick() ? quick : full;
    }

    boolean flag(String name) {
        return args.contains("--" + name);
    }
}
