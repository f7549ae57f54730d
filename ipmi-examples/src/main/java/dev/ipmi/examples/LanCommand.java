package dev.ipmi.examples;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.transport.GetLanConfigurationParameters;
import dev.ipmi.core.command.transport.LanParameter;
import dev.ipmi.lan.IpmiSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ipmi lan print [channel]}: the LAN configuration parameters that matter to operators. */
final class LanCommand implements Command {
    @Override
    public String name() {
        return "lan";
    }

    @Override
    public String summary() {
        return "print [channel]: IP address, source, MAC, netmask, gateway, VLAN, suite privileges";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] lan print [CHANNEL] [--json]      (channel 1 by default)

                Get LAN Configuration Parameters (IPMI v2.0 23.2) 3, 4, 5, 6, 12, 20 and 24.
                Parameters the BMC does not support are left out (null in --json).""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (print)");
        if (!sub.equals("print")) {
            throw CliException.usage("unknown lan subcommand \"" + sub + "\"; want print");
        }
        String c = args.next();
        args.done();
        int channel = c == null ? 1 : Options.integer(c, "channel", 0, 15);
        IpmiSession s = ctx.session();
        Report r = new Report().put("channel", "Channel", channel);
        if (get(s, channel, 3) instanceof LanParameter.IpAddress ip) {
            r.put("ipAddress", "IP Address", ip.address().getHostAddress());
        } else {
            r.put("ipAddress", "IP Address", null);
        }
        if (get(s, channel, 4) instanceof LanParameter.AddressSource src) {
            r.put("ipSource", "IP Address Source", Names.lower(src.source()));
        } else {
            r.put("ipSource", "IP Address Source", null);
        }
        if (get(s, channel, 5) instanceof LanParameter.MacAddress mac) {
            byte[] m = mac.address().toByteArray();
            r.put("macAddress", "MAC Address", String.format("%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]));
        } else {
            r.put("macAddress", "MAC Address", null);
        }
        if (get(s, channel, 6) instanceof LanParameter.SubnetMask mask) {
            r.put("subnetMask", "Subnet Mask", mask.mask().getHostAddress());
        } else {
            r.put("subnetMask", "Subnet Mask", null);
        }
        if (get(s, channel, 12) instanceof LanParameter.DefaultGateway gw) {
            r.put("defaultGateway", "Default Gateway IP", gw.address().getHostAddress());
        } else {
            r.put("defaultGateway", "Default Gateway IP", null);
        }
        if (get(s, channel, 20) instanceof LanParameter.VlanId vlan) {
            r.put("vlanId", "802.1q VLAN ID", vlan.enabled() ? vlan.id() : null, vlan.enabled() ? String.valueOf(vlan.id()) : "disabled");
        } else {
            r.put("vlanId", "802.1q VLAN ID", null);
        }
        if (get(s, channel, 24) instanceof LanParameter.CipherSuitePrivileges p) {
            Map<String, Object> json = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            for (Map.Entry<Integer, PrivilegeLevel> e : p.maxPrivilegeByEntry().entrySet()) {
                json.put(String.valueOf(e.getKey()), Names.lower(e.getValue()));
                text.append(text.length() > 0 ? " " : "").append(e.getKey()).append('=').append(Names.lower(e.getValue()));
            }
            r.put("cipherSuitePrivileges", "Cipher Suite Priv Max", json, text.toString());
        } else {
            r.put("cipherSuitePrivileges", "Cipher Suite Priv Max", null);
        }
        r.print(ctx);
        return Exit.OK;
    }

    /** The parameter, or {@code null} when the BMC does not support it (80h and friends). */
    private static LanParameter get(IpmiSession s, int channel, int selector) throws Exception {
        try {
            return s.sendBlocking(GetLanConfigurationParameters.of(channel, selector)).parameter();
        } catch (CompletionCodeException e) {
            return null;
        }
    }
}
