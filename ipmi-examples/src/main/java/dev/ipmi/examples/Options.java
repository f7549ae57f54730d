package dev.ipmi.examples;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.Wire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The global options, with ipmitool's letters so operators need not relearn them. Parsed by
 * hand: options come before the command name, and {@code --json}, {@code -v} and
 * {@code -h}/{@code --help} are also accepted after it.
 *
 * <p>The password and Kg are kept as bytes and never printed ({@link #toString()} leaves them out).
 */
final class Options {
    static final int DEFAULT_TIMEOUT_SECONDS = 5;
    static final int DEFAULT_TRIES = 3;

    String host;
    Integer port;
    String user;
    byte[] password;
    byte[] kg;
    Integer cipherSuite; // null: automatic
    boolean ipmi15;
    AuthType authType;
    PrivilegeLevel privilege = PrivilegeLevel.ADMINISTRATOR;
    int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    int tries = DEFAULT_TRIES;
    boolean json;
    boolean verbose;
    boolean help;
    String command;
    final List<String> arguments = new ArrayList<>();

    static final String USAGE = """
            usage: ipmi [options] COMMAND [arguments]   (ipmi COMMAND --help for each command)

            options (ipmitool's letters):
              -H host[:port]    BMC address; without -H an embedded simulated BMC is started
              -p port           UDP port (default 623)
              -U user           user name (default: empty, the anonymous user; admin on the embedded BMC)
              -P password       password (visible to other users in the process list; prefer -E or -f)
              -E                password from the IPMI_PASSWORD environment variable
              -f file           password from the first line of a file
              -y hexkey         BMC key Kg in hex (RMCP+ two-key login)
              -C n|auto         RMCP+ cipher suite (default auto: strongest that works)
              -I lanplus|lan    IPMI 2.0 RMCP+ (default) or IPMI 1.5
              -A NONE|MD2|MD5|PASSWORD   IPMI 1.5 authentication type (default: strongest offered)
              -L USER|OPERATOR|ADMINISTRATOR   privilege level (default ADMINISTRATOR)
              -N seconds        how long to wait for the BMC to answer (default 5)
              -R tries          how many times to send a request in that time (default 3)
              --json            machine-readable output (field names in the README)
              -v                debug log on stderr (never shows secrets)
              -h, --help        this text

            commands:
            """;

    /** Parses {@code args}; the environment supplies {@code IPMI_PASSWORD} for {@code -E}. */
    static Options parse(String[] args, Map<String, String> env) throws CliException {
        Options o = new Options();
        int i = 0;
        while (i < args.length && o.command == null) {
            String a = args[i++];
            switch (a) {
                case "-H" -> o.host = value(args, i++, a);
                case "-p" -> o.port = integer(value(args, i++, a), a, 1, 0xFFFF);
                case "-U" -> o.user = value(args, i++, a);
                case "-P" -> o.password = value(args, i++, a).getBytes(StandardCharsets.UTF_8);
                case "-E" -> o.password = fromEnvironment(env);
                case "-f" -> o.password = fromFile(value(args, i++, a));
                case "-y" -> o.kg = hexKey(value(args, i++, a));
                case "-C" -> o.cipherSuite = suite(value(args, i++, a));
                case "-I" -> o.ipmi15 = lan(value(args, i++, a));
                case "-A" -> o.authType = authType(value(args, i++, a));
                case "-L" -> o.privilege = privilege(value(args, i++, a));
                case "-N" -> o.timeoutSeconds = integer(value(args, i++, a), a, 1, 600);
                case "-R" -> o.tries = integer(value(args, i++, a), a, 1, 100);
                case "--json" -> o.json = true;
                case "-v" -> o.verbose = true;
                case "-h", "--help" -> o.help = true;
                default -> {
                    if (a.startsWith("-") && a.length() > 1) {
                        throw CliException.usage("unknown option " + a);
                    }
                    o.command = a;
                }
            }
        }
        for (; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> o.json = true;
                case "-v" -> o.verbose = true;
                case "-h", "--help" -> o.help = true;
                default -> o.arguments.add(args[i]);
            }
        }
        if (o.authType != null && !o.ipmi15) {
            throw CliException.usage("-A applies to IPMI 1.5 only; add -I lan");
        }
        if (o.cipherSuite != null && o.ipmi15) {
            throw CliException.usage("-C applies to RMCP+ only; leave out -I lan");
        }
        return o;
    }

    private static String value(String[] args, int i, String option) throws CliException {
        if (i >= args.length) {
            throw CliException.usage("option " + option + " needs a value");
        }
        return args[i];
    }

    static int integer(String text, String what, int min, int max) throws CliException {
        int v;
        try {
            v = text.startsWith("0x") || text.startsWith("0X") ? Integer.parseInt(text.substring(2), 16) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw CliException.usage(what + " wants a number, not \"" + text + "\"");
        }
        if (v < min || v > max) {
            throw CliException.usage(what + " must be " + min + ".." + max + ", not " + v);
        }
        return v;
    }

    private static byte[] fromEnvironment(Map<String, String> env) throws CliException {
        String p = env.get("IPMI_PASSWORD");
        if (p == null) {
            throw CliException.usage("-E given but IPMI_PASSWORD is not set");
        }
        return p.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fromFile(String file) throws CliException {
        try {
            byte[] all = Files.readAllBytes(Path.of(file));
            int end = 0;
            while (end < all.length && all[end] != '\n' && all[end] != '\r') {
                end++;
            }
            byte[] line = Arrays.copyOf(all, end);
            Arrays.fill(all, (byte) 0);
            return line;
        } catch (IOException e) {
            throw CliException.usage("cannot read the password file " + file + ": " + e.getMessage());
        }
    }

    private static byte[] hexKey(String hex) throws CliException {
        String h = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (h.length() % 2 != 0 || !h.matches("[0-9a-fA-F]*")) {
            throw CliException.usage("-y wants the key as hex digits (an even number of them)");
        }
        byte[] kg = Wire.unhex(h);
        if (kg.length > 20) {
            throw CliException.usage("-y: Kg is at most 20 bytes, got " + kg.length);
        }
        return kg;
    }

    private static Integer suite(String v) throws CliException {
        return v.equalsIgnoreCase("auto") ? null : integer(v, "-C", 0, 19);
    }

    private static boolean lan(String v) throws CliException {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "lanplus" -> false;
            case "lan" -> true;
            default -> throw CliException.usage("-I wants lanplus or lan, not \"" + v + "\"");
        };
    }

    private static AuthType authType(String v) throws CliException {
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "NONE" -> AuthType.NONE;
            case "MD2" -> AuthType.MD2;
            case "MD5" -> AuthType.MD5;
            case "PASSWORD" -> AuthType.PASSWORD;
            default -> throw CliException.usage("-A wants NONE, MD2, MD5 or PASSWORD, not \"" + v + "\"");
        };
    }

    private static PrivilegeLevel privilege(String v) throws CliException {
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "CALLBACK" -> PrivilegeLevel.CALLBACK;
            case "USER" -> PrivilegeLevel.USER;
            case "OPERATOR" -> PrivilegeLevel.OPERATOR;
            case "ADMINISTRATOR", "ADMIN" -> PrivilegeLevel.ADMINISTRATOR;
            default -> throw CliException.usage("-L wants USER, OPERATOR or ADMINISTRATOR, not \"" + v + "\"");
        };
    }

    /** Wipes the secrets once the session is open or the command is over. */
    void wipe() {
        if (password != null) {
            Arrays.fill(password, (byte) 0);
        }
        if (kg != null) {
            Arrays.fill(kg, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "Options[host=" + host + ", port=" + port + ", user=" + user + (kg != null ? ", with Kg" : "")
                + ", suite=" + (cipherSuite == null ? "auto" : cipherSuite) + ", " + (ipmi15 ? "lan" : "lanplus")
                + ", privilege=" + privilege + ", timeout=" + timeoutSeconds + "s, tries=" + tries + ", command="
                + command + "]";
    }
}
