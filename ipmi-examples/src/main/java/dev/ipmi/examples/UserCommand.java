package dev.ipmi.examples;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.user.GetUserAccess;
import dev.ipmi.core.command.user.GetUserName;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.RawResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ipmi user list [channel]}: every user id with its name and access on a channel. */
final class UserCommand implements Command {
    @Override
    public String name() {
        return "user";
    }

    @Override
    public String summary() {
        return "list [channel]: user ids, names and their privilege on the channel";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] user list [CHANNEL] [--json]      (channel 1 by default)

                Get User Access and Get User Name (IPMI v2.0 22.27, 22.29) for every user id the
                BMC has. Needs a session at ADMINISTRATOR on most BMCs.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (list)");
        if (!sub.equals("list")) {
            throw CliException.usage("unknown user subcommand \"" + sub + "\"; want list");
        }
        String c = args.next();
        args.done();
        int channel = c == null ? 1 : Options.integer(c, "channel", 0, 15);
        IpmiSession s = ctx.session();
        Access first = access(s, channel, 1);
        List<Map<String, Object>> json = new ArrayList<>();
        Table t = new Table("ID", "NAME", "CALLIN", "LINK AUTH", "IPMI MSG", "CHANNEL PRIV LIMIT");
        for (int id = 1; id <= first.maxUserIds(); id++) {
            Access a = id == 1 ? first : access(s, channel, id);
            String name;
            try {
                name = s.sendBlocking(new GetUserName(id)).name();
            } catch (CompletionCodeException e) {
                name = ""; // ids without a name slot
            }
            boolean callin = !a.callbackOnly();
            json.add(Json.obj("id", id, "name", name, "callin", callin, "linkAuth", a.linkAuthentication(),
                    "ipmiMessaging", a.ipmiMessaging(), "privilege", a.privilege()));
            t.row(id, name, callin, a.linkAuthentication(), a.ipmiMessaging(), a.privilege());
        }
        ctx.print(json, t.toString());
        return Exit.OK;
    }

    /** The fields the list shows; privilege is a name, or "reserved-N" for a code the spec does not define. */
    private record Access(int maxUserIds, boolean callbackOnly, boolean linkAuthentication, boolean ipmiMessaging,
                          String privilege) {}

    /**
     * Get User Access, typed; a BMC that reports a privilege limit the spec reserves (6-0Eh; 0 is
     * decoded as UNSPECIFIED) makes the typed decoder refuse the answer, so the list reads the bytes
     * itself and shows the code.
     */
    private static Access access(IpmiSession s, int channel, int id) throws Exception {
        try {
            GetUserAccess.Response a = s.sendBlocking(new GetUserAccess(channel, id));
            return new Access(a.maxUserIds(), a.callbackOnly(), a.linkAuthentication(), a.ipmiMessaging(),
                    Names.lower(a.privilegeLimit()));
        } catch (MalformedPacketException e) {
            RawResponse r = s.sendRawBlocking(GetUserAccess.SPEC.netFn(), GetUserAccess.SPEC.command(),
                    new byte[] {(byte) channel, (byte) id});
            if (!r.completionCode().isNormal() || r.data().length < 4) {
                throw e;
            }
            int b = r.data()[3] & 0xFF;
            return new Access(r.data()[0] & 0x3F, (b & 0x40) != 0, (b & 0x20) != 0, (b & 0x10) != 0,
                    "reserved-" + (b & 0x0F));
        }
    }
}
