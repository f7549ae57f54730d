package dev.ipmi.examples;

import java.util.List;

/** Every command of the tool, in the order {@code ipmi --help} lists them. */
final class Commands {
    static final List<Command> ALL = List.of(new InfoCommand(), new SuitesCommand(), new ChassisCommand(),
            new SensorsCommand(), new SdrCommand(), new SelCommand(), new FruCommand(), new RawCommand(),
            new SessionCommand(), new UserCommand(), new LanCommand(), new SolCommand(), new DcmiCommand(),
            new SolLogCommand(), new DiscoverCommand(), new SimulateCommand(), new DemoCommand());

    private Commands() {}

    static Command find(String name) {
        for (Command c : ALL) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    static String summaries() {
        StringBuilder sb = new StringBuilder();
        for (Command c : ALL) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        return sb.toString().stripTrailing();
    }
}
