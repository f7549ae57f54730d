package dev.ipmi.examples;

import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.lan.IpmiSession;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/** {@code ipmi session info}: Get Session Info about the tool's own session. */
final class SessionCommand implements Command {
    @Override
    public String name() {
        return "session";
    }

    @Override
    public String summary() {
        return "info: this session as the BMC sees it, and how many are active";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] session info [--json]

                Get Session Info (IPMI v2.0 22.20) for the current session: the BMC's session id
                and handle, user id, privilege, protocol, the remote address and port the BMC sees,
                and the active / possible session counts.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (info)");
        args.done();
        if (!sub.equals("info")) {
            throw CliException.usage("unknown session subcommand \"" + sub + "\"; want info");
        }
        IpmiSession s = ctx.session();
        GetSessionInfo.Response r = s.sendBlocking(GetSessionInfo.current());
        Report report = new Report()
                .put("sessionId", "Session ID", Names.hex32(s.bmcSessionId()))
                .put("sessionHandle", "Session Handle", r.sessionHandle(), String.format("0x%02x", r.sessionHandle()))
                .put("activeSessions", "Active Sessions", r.activeSessions())
                .put("possibleSessions", "Possible Sessions", r.possibleSessions());
        GetSessionInfo.Session d = r.session();
        if (d != null) {
            report.put("userId", "User ID", d.userId())
                    .put("privilege", "Privilege Level", Names.lower(d.privilege()))
                    .put("protocol", "Session Protocol", d.ipmi20() ? "2.0" : "1.5")
                    .put("channel", "Channel", d.channel());
            GetSessionInfo.LanPeer peer = d.lanPeer();
            if (peer != null) {
                String ip = InetAddress.getByAddress(peer.ipAddress().toByteArray()).getHostAddress();
                byte[] m = peer.macAddress().toByteArray();
                String mac = String.format("%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
                report.put("remote", "Console", Map.of("ip", ip, "mac", mac, "port", peer.port()),
                        ip + ":" + peer.port() + " (MAC " + mac + ")");
            }
        }
        report.print(ctx);
        return Exit.OK;
    }
}
