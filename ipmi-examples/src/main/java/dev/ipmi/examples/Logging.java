package dev.ipmi.examples;

/**
 * Sets up slf4j-simple before the first logger exists: warnings only by default, everything
 * from the library at debug level with {@code -v}. The library never logs passwords or keys,
 * and neither does the tool.
 */
final class Logging {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {}

    static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty(LEVEL, "debug");
        } else {
            System.setProperty(LEVEL, System.getProperty(LEVEL, "warn"));
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    }
}
