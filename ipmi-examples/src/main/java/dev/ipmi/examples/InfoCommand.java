package dev.ipmi.examples;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.app.GetDeviceGuid;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.lan.IpmiSession;
import java.util.List;
import java.util.Locale;

/** {@code ipmi info}: Get Device ID and Device GUID, and how the session was negotiated. */
final class InfoCommand implements Command {
    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "device id, firmware, manufacturer, product, GUID and the cipher suite used";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] info [--json]

                Opens a session and shows Get Device ID (IPMI v2.0 20.1), the device GUID (20.8)
                and how the session was set up (protocol, cipher suite, privilege).""";
    }

    @Override
    public int run(Context ctx, List<String> args) throws Exception {
        new Args(args).done();
        IpmiSession s = ctx.session();
        GetDeviceId.Response id = s.sendBlocking(new GetDeviceId());
        String guid = guid(s);
        List<String> support = id.support().stream().sorted().map(Names::lower).toList();
        Report r = new Report()
                .put("bmc", "BMC", s.bmc().toString())
                .put("deviceId", "Device ID", id.deviceId())
                .put("deviceRevision", "Device Revision", id.deviceRevision())
                .put("firmware", "Firmware Revision", id.firmwareRevision()
                        + (id.firmwareUpdateInProgress() ? " (update in progress)" : ""))
                .put("ipmiVersion", "IPMI Version", id.ipmiVersionMajor() + "." + id.ipmiVersionMinor())
                .put("manufacturerId", "Manufacturer ID", id.manufacturerId())
                .put("manufacturer", "Manufacturer Name", Names.manufacturer(id.manufacturerId()))
                .put("productId", "Product ID", id.productId(),
                        id.productId() + String.format(" (0x%04x)", id.productId()))
                .put("providesDeviceSdrs", "Provides Device SDRs", id.providesDeviceSdrs(), yesNo(id.providesDeviceSdrs()))
                .put("support", "Device Support", support, String.join(", ", support))
                .put("auxFirmware", "Aux Firmware Rev", id.auxiliaryFirmwareRevision() == null ? null
                        : Names.hex(id.auxiliaryFirmwareRevision().toByteArray()))
                .put("guid", "Device GUID", guid)
                .put("session", "Session", Names.session(s), Names.sessionText(s));
        r.print(ctx);
        return Exit.OK;
    }

    /** The GUID in the RFC 4122 text form; BMCs send it least significant byte first (SMBIOS order). */
    private static String guid(IpmiSession s) throws Exception {
        byte[] g;
        try {
            g = s.sendBlocking(new GetDeviceGuid()).guid().toByteArray();
        } catch (CompletionCodeException e) {
            return null; // optional command
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 15; i >= 0; i--) {
            sb.append(String.format("%02x", g[i] & 0xFF));
            if (i == 12 || i == 10 || i == 8 || i == 6) {
                sb.append('-');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
