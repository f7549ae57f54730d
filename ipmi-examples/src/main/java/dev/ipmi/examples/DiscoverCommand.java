package dev.ipmi.examples;

import dev.ipmi.core.wire.PresencePong;
import dev.ipmi.lan.BmcAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** {@code ipmi discover host[:port] ...}: ASF Presence Ping to each, all at once. */
final class DiscoverCommand implements Command {
    @Override
    public String name() {
        return "discover";
    }

    @Override
    public String summary() {
        return "host[:port] ... ASF presence ping: which hosts answer RMCP and support IPMI";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] discover [HOST[:PORT] ...] [--json]

                Sends an ASF Presence Ping (DSP0136 3.2.4.3) to every host at once and prints who
                answered, whether they support IPMI, and their ASF version. No login. Without
                hosts, pings -H (or the embedded BMC). Exit status 1 when any host did not answer.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        List<BmcAddress> targets = new ArrayList<>();
        for (String h : list) {
            targets.add(ctx.address(h));
        }
        if (targets.isEmpty()) {
            targets.add(ctx.bmc());
        }
        Duration timeout = Duration.ofSeconds(ctx.options.timeoutSeconds);
        List<CompletableFuture<PresencePong>> pings = new ArrayList<>();
        for (BmcAddress a : targets) {
            pings.add(ctx.client().ping(a, timeout));
        }
        List<Map<String, Object>> json = new ArrayList<>();
        Table table = new Table("BMC", "ANSWER", "IPMI", "ASF", "ENTERPRISE");
        boolean all = true;
        for (int i = 0; i < targets.size(); i++) {
            String bmc = targets.get(i).toString();
            try {
                PresencePong p = pings.get(i).get();
                String asf = p.asfVersion() == 1 ? "1.0" : "0x" + Integer.toHexString(p.asfVersion());
                json.add(Json.obj("bmc", bmc, "answered", true, "ipmi", p.ipmiSupported(), "asfVersion", asf,
                        "enterprise", p.enterpriseNumber()));
                table.row(bmc, "yes", InfoCommand.yesNo(p.ipmiSupported()), asf, p.enterpriseNumber());
            } catch (ExecutionException e) {
                all = false;
                String why = Failures.describe(e, ctx).getMessage();
                json.add(Json.obj("bmc", bmc, "answered", false, "error", why));
                table.row(bmc, "no", "-", "-", "-");
                if (!ctx.json()) {
                    ctx.err.println("ipmi discover: " + bmc + ": " + why);
                }
            }
        }
        ctx.print(json, table.toString());
        return all ? Exit.OK : Exit.FAILED;
    }
}
