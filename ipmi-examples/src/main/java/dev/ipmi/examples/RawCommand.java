package dev.ipmi.examples;

import dev.ipmi.core.command.NetFn;
import dev.ipmi.lan.RawResponse;
import java.util.ArrayList;
import java.util.List;

/** {@code ipmi raw netfn cmd [bytes]}: any command by number; the answer as hex. */
final class RawCommand implements Command {
    @Override
    public String name() {
        return "raw";
    }

    @Override
    public String summary() {
        return "send netfn cmd [data bytes] and print the answer";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] raw NETFN CMD [BYTE ...] [--json]

                Numbers in hex with 0x (0x06) or decimal; data bytes likewise. Prints the response
                data as hex bytes, like ipmitool. A non-zero completion code is printed on stderr
                and gives exit status 1 (with --json it is in "completionCode" and the status is 0).
                Example: ipmi raw 0x06 0x01   (Get Device ID)""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        int netFn = Options.integer(args.require("NETFN"), "NETFN", 0, 0x3E);
        int cmd = Options.integer(args.require("CMD"), "CMD", 0, 0xFF);
        if ((netFn & 1) != 0) {
            throw CliException.usage("NETFN must be a request (even) network function, not 0x" + Integer.toHexString(netFn));
        }
        List<String> rest = args.rest();
        byte[] data = new byte[rest.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) Options.integer(rest.get(i), "data byte " + (i + 1), 0, 0xFF);
        }
        RawResponse r = ctx.session().sendRawBlocking(new NetFn(netFn), cmd, data);
        List<Integer> bytes = new ArrayList<>();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < r.data().length; i++) {
            int b = r.data()[i] & 0xFF;
            bytes.add(b);
            hex.append(i > 0 && i % 16 == 0 ? "\n" : "").append(String.format(" %02x", b));
        }
        if (ctx.json()) {
            ctx.print(Json.obj("completionCode", r.completionCode().value(), "data", bytes), null);
            return Exit.OK;
        }
        if (!r.completionCode().isNormal()) {
            throw new CliException(Exit.FAILED, String.format("raw 0x%02x 0x%02x failed: completion code %s",
                    netFn, cmd, r.completionCode()));
        }
        if (hex.length() > 0) {
            ctx.out.println(hex);
        }
        return Exit.OK;
    }
}
