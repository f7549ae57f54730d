package dev.ipmi.examples;

import java.util.List;

/** One {@code ipmi} command: its name, help text and what it does. */
interface Command {
    String name();

    /** One line for the command list in {@code ipmi --help}. */
    String summary();

    /** The full {@code ipmi COMMAND --help} text: synopsis first, then details. */
    String help();

    /** Runs with the arguments after the command name; returns the exit status. */
    int run(Context ctx, List<String> args) throws Exception;
}
