package dev.ipmi.examples;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.lan.IpmiAuthenticationException;
import dev.ipmi.lan.IpmiSessionLimitException;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.SessionLostException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns any failure into what the operator sees: one line (what failed, why, what to try) and
 * an exit status. The library's typed exceptions carry what is needed; nothing here parses
 * messages.
 */
final class Failures {
    private Failures() {}

    /** The exit status and message for {@code t}. */
    static CliException describe(Throwable t, Context ctx) {
        Throwable e = unwrap(t);
        if (e instanceof CliException c) {
            return c;
        }
        String user = ctx == null ? "" : ctx.userName();
        if (e instanceof IpmiAuthenticationException a) {
            return new CliException(Exit.USAGE_OR_LOGIN, authentication(a, user, ctx), e);
        }
        if (e instanceof IpmiSessionLimitException) {
            return new CliException(Exit.FAILED, "the BMC has no free session slot: close other sessions, or wait "
                    + "for idle ones to time out (" + e.getMessage() + ")", e);
        }
        if (e instanceof SessionLostException) {
            return new CliException(Exit.SESSION_LOST, "session lost: " + e.getMessage(), e);
        }
        if (e instanceof IpmiTimeoutException) {
            return new CliException(Exit.FAILED, e.getMessage() + "; raise -N or -R on a slow network", e);
        }
        if (e instanceof CompletionCodeException c) {
            return new CliException(Exit.FAILED, completionCode(c), e);
        }
        if (e instanceof MalformedPacketException) {
            return new CliException(Exit.FAILED, "the BMC sent a malformed answer: " + e.getMessage(), e);
        }
        if (e instanceof IOException) {
            return new CliException(Exit.FAILED, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        return new CliException(Exit.FAILED, "internal error: " + e + " (run with -v for the stack trace)", e);
    }

    private static String authentication(IpmiAuthenticationException a, String user, Context ctx) {
        String who = user.isEmpty() ? "the anonymous user (no -U)" : "user " + user;
        return switch (a.reason()) {
            case WRONG_PASSWORD_OR_KG -> "wrong password or Kg for " + who;
            // Many BMCs (RAKP status 0Dh) say "unauthorized name" also when the role asked for is above the user's limit.
            case UNKNOWN_USER -> "the BMC does not know " + who + ", or the user is disabled"
                    + (ctx != null && ctx.options.privilege.compareTo(PrivilegeLevel.USER) > 0
                            ? ", or may not log in at " + ctx.options.privilege + " (try a lower -L)" : "");
            case PRIVILEGE_NOT_ALLOWED -> who + " may not log in at " + (ctx == null ? "this level" : ctx.options.privilege)
                    + "; try a lower -L (OPERATOR or USER)";
            case ALGORITHM_NOT_SUPPORTED -> "the BMC refused the proposed algorithms (" + a.getMessage()
                    + "); try -C auto or another -C, or -I lan";
            case BMC_NOT_AUTHENTIC -> "the BMC could not prove it knows the password (RAKP 4 check failed): "
                    + "a wrong Kg (-y), or not the BMC you meant";
            case REFUSED_BY_POLICY -> a.getMessage() + "; name the suite with -C (0 only if you accept no authentication)";
            case OTHER -> "the BMC refused the login: " + a.getMessage();
        };
    }

    private static String completionCode(CompletionCodeException c) {
        String text = c.command().name() + " failed: completion code " + c.code();
        if (c.code().equals(CompletionCode.INSUFFICIENT_PRIVILEGE)) {
            return text + "; log in with a higher -L (OPERATOR or ADMINISTRATOR)";
        }
        if (c.code().equals(CompletionCode.INVALID_COMMAND)) {
            return text + "; this BMC does not implement it";
        }
        return text;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
