package dev.ipmi.examples;

import java.util.ArrayList;
import java.util.List;

/** A command's arguments: flags (given or not) taken out first, then positional words in order. */
final class Args {
    private final List<String> words;
    private int next;

    Args(List<String> args) {
        this.words = new ArrayList<>(args);
    }

    /** Whether {@code flag} was given; removes it. */
    boolean flag(String flag) {
        return words.remove(flag);
    }

    /** The value after {@code option}, or {@code null} when the option is absent; removes both. */
    String option(String option) throws CliException {
        int i = words.indexOf(option);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= words.size()) {
            throw CliException.usage(option + " needs a value");
        }
        words.remove(i);
        return words.remove(i);
    }

    /** The next positional word, or {@code null}. */
    String next() {
        return next < words.size() ? words.get(next++) : null;
    }

    /** The next positional word; {@code what} names it in the error when missing. */
    String require(String what) throws CliException {
        String w = next();
        if (w == null) {
            throw CliException.usage("missing " + what);
        }
        return w;
    }

    /** Every word not yet taken. */
    List<String> rest() {
        List<String> r = List.copyOf(words.subList(next, words.size()));
        next = words.size();
        return r;
    }

    /** Fails when words are left over (typos should not be ignored silently). */
    void done() throws CliException {
        if (next < words.size()) {
            throw CliException.usage("unexpected argument \"" + words.get(next) + "\"");
        }
    }
}
