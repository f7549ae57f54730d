package dev.ipmi.examples;

import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** {@code ipmi suites}: what the BMC offers outside a session, and what negotiation picks. */
final class SuitesCommand implements Command {
    @Override
    public String name() {
        return "suites";
    }

    @Override
    public String summary() {
        return "cipher suites the BMC offers and which one negotiation picks";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] suites [--json]

                Lists the RMCP+ cipher suites the BMC offers (Get Channel Cipher Suites outside a
                session, IPMI v2.0 22.15; many BMCs never answer it, then the list is "unknown"),
                then opens a session the way every other command does and shows the suite it got
                (with -C auto: the strongest that works).""";
    }

    @Override
    public int run(Context ctx, List<String> args) throws Exception {
        new Args(args).done();
        BmcAddress bmc = ctx.bmc();
        List<CipherSuite> offered = offered(ctx, bmc);
        IpmiSession s = ctx.session();
        CipherSuite picked = s.cipherSuite();
        if (ctx.json()) {
            List<Map<String, Object>> list = null;
            if (offered != null) {
                list = new ArrayList<>();
                for (CipherSuite c : offered) {
                    list.add(Names.suite(c));
                }
            }
            ctx.print(Json.obj("bmc", bmc.toString(), "offered", list,
                    "negotiated", picked == null ? null : Names.suite(picked)), null);
            return Exit.OK;
        }
        if (offered == null) {
            ctx.out.println("offered: unknown (the BMC does not list its suites outside a session)");
        } else {
            Table t = new Table("ID", "AUTHENTICATION", "INTEGRITY", "CONFIDENTIALITY", "");
            for (CipherSuite c : offered) {
                t.row(c.id(), Names.lower(c.authentication()), Names.lower(c.integrity()),
                        Names.lower(c.confidentiality()), picked != null && picked.id() == c.id() ? "<- negotiated" : "");
            }
            ctx.out.println(t);
        }
        ctx.out.println("negotiated: " + (picked == null ? "none (IPMI 1.5 session)" : Names.suiteText(picked)));
        return Exit.OK;
    }

    private static List<CipherSuite> offered(Context ctx, BmcAddress bmc) throws Exception {
        try {
            return ctx.client().cipherSuites(bmc, 1, Duration.ofSeconds(Math.min(2, ctx.options.timeoutSeconds))).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IpmiTimeoutException) {
                return null;
            }
            throw e;
        }
    }
}
