package dev.ipmi.examples;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.transport.GetSolConfigurationParameters;
import dev.ipmi.core.command.transport.SolParameter;
import dev.ipmi.lan.IpmiSession;
import java.util.List;

/** {@code ipmi sol info [channel]}: the SOL configuration; reached through {@link SolCommand}. */
final class SolInfoCommand {
    int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String c = args.next();
        args.done();
        int channel = c == null ? 1 : Options.integer(c, "channel", 0, 15);
        IpmiSession s = ctx.session();
        Report r = new Report().put("channel", "Channel", channel);
        if (get(s, channel, 1) instanceof SolParameter.Enable e) {
            r.put("enabled", "Enabled", e.enabled());
        }
        if (get(s, channel, 2) instanceof SolParameter.Authentication a) {
            r.put("forceEncryption", "Force Encryption", a.forceEncryption())
                    .put("forceAuthentication", "Force Authentication", a.forceAuthentication())
                    .put("privilege", "Privilege Level", Names.lower(a.privilege()));
        }
        if (get(s, channel, 3) instanceof SolParameter.CharacterAccumulation acc) {
            r.put("accumulateMs", "Character Accumulate Level (ms)", acc.interval().toMillis())
                    .put("sendThreshold", "Character Send Threshold", acc.sendThreshold());
        }
        if (get(s, channel, 4) instanceof SolParameter.Retry retry) {
            r.put("retryCount", "Retry Count", retry.count())
                    .put("retryIntervalMs", "Retry Interval (ms)", retry.interval().toMillis());
        }
        if (get(s, channel, 5) instanceof SolParameter.BitRate rate) {
            r.put("nonVolatileBitRate", "Non-Volatile Bit Rate (kbps)", kbps(rate));
        }
        if (get(s, channel, 6) instanceof SolParameter.BitRate rate) {
            r.put("volatileBitRate", "Volatile Bit Rate (kbps)", kbps(rate));
        }
        if (get(s, channel, 7) instanceof SolParameter.PayloadChannel pc) {
            r.put("payloadChannel", "Payload Channel", pc.channel());
        }
        if (get(s, channel, 8) instanceof SolParameter.PayloadPort pp) {
            r.put("payloadPort", "Payload Port", pp.port());
        }
        r.print(ctx);
        return Exit.OK;
    }

    /** ipmitool's unit: kbps with one decimal (9.6, 19.2, 115.2); null when the BMC says "serial default". */
    private static Double kbps(SolParameter.BitRate rate) {
        int bps = rate.rate() == null ? 0 : rate.rate().bitsPerSecond();
        return bps <= 0 ? null : bps / 1000.0;
    }

    private static SolParameter get(IpmiSession s, int channel, int selector) throws Exception {
        try {
            return s.sendBlocking(GetSolConfigurationParameters.of(channel, selector)).parameter();
        } catch (CompletionCodeException e) {
            return null;
        }
    }
}
