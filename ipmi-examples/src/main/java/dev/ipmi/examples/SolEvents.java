package dev.ipmi.examples;

import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolOwner;
import java.util.Map;

/** SOL events as one line for people, or one JSON object per line with {@code --json}. */
final class SolEvents {
    private SolEvents() {}

    /** e.g. {@code console stolen by session 0x00000c82 (user 2 "admin", ADMINISTRATOR) via ownership probe}. */
    static String text(SolEvent e) {
        if (e instanceof SolEvent.Stolen s) {
            return "console stolen by " + owner(s.newOwner()) + " via " + Names.lower(s.signal()).replace('-', ' ');
        }
        if (e instanceof SolEvent.Deactivated d) {
            return "console deactivated by the BMC: " + d.reason();
        }
        if (e instanceof SolEvent.SessionLost l) {
            return "session lost: " + (l.cause() == null ? "the BMC stopped answering" : l.cause().getMessage());
        }
        if (e instanceof SolEvent.BreakDetected) {
            return "the host's serial port saw a BREAK";
        }
        if (e instanceof SolEvent.TransmitOverrun) {
            return "the BMC lost characters from the host (transmit overrun)";
        }
        if (e instanceof SolEvent.CtsPaused c) {
            return c.paused() ? "host not taking characters (CTS): typing waits" : "host taking characters again";
        }
        if (e instanceof SolEvent.Nack n) {
            return "BMC refused part of packet " + n.sequence() + " (" + n.accepted() + " characters taken)";
        }
        return e.toString();
    }

    static Map<String, Object> json(SolEvent e) {
        Map<String, Object> j = Json.obj("event", kind(e), "at", e.at().toString(), "text", text(e));
        if (e instanceof SolEvent.Stolen s) {
            j.put("signal", Names.lower(s.signal()));
            SolOwner o = s.newOwner();
            j.put("newOwner", o == null ? null : Json.obj("sessionId", Names.hex32(o.sessionId()),
                    "userId", o.userId() == 0 ? null : o.userId(), "userName", o.userName(),
                    "privilege", Names.lower(o.privilege()), "remoteAddress", o.remoteAddress()));
        }
        return j;
    }

    static String kind(SolEvent e) {
        String simple = e.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** {@code session 0x00000c82 (user 2 "admin", ADMINISTRATOR)}; what the BMC did not tell is left out. */
    static String owner(SolOwner o) {
        if (o == null) {
            return "another session (the BMC does not say which)";
        }
        StringBuilder sb = new StringBuilder("session ").append(Names.hex32(o.sessionId()));
        StringBuilder more = new StringBuilder();
        if (o.userId() != 0) {
            more.append("user ").append(o.userId());
            if (o.userName() != null) {
                more.append(" \"").append(o.userName()).append('"');
            }
        }
        if (o.privilege() != null) {
            more.append(more.length() > 0 ? ", " : "").append(o.privilege());
        }
        if (o.remoteAddress() != null) {
            more.append(more.length() > 0 ? ", " : "").append("from ").append(o.remoteAddress());
        }
        return more.length() > 0 ? sb.append(" (").append(more).append(')').toString() : sb.toString();
    }

    /** The exit status when an event ends the console. */
    static int status(SolEvent e) {
        if (e instanceof SolEvent.Stolen) {
            return Exit.STOLEN;
        }
        if (e instanceof SolEvent.SessionLost) {
            return Exit.SESSION_LOST;
        }
        return Exit.FAILED;
    }
}
