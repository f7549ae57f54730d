package dev.ipmi.examples;

import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import java.util.Locale;
import java.util.Map;

/** How the tool spells values for people and in JSON. */
final class Names {
    private Names() {}

    /** A few IANA enterprise numbers seen on BMCs; others print as their number. */
    private static final Map<Integer, String> MANUFACTURERS = Map.of(
            2, "IBM", 11, "Hewlett-Packard", 343, "Intel", 674, "Dell",
            10876, "Supermicro", 19046, "Lenovo", 20974, "American Megatrends", 42385, "Hewlett Packard Enterprise",
            7244, "Quanta");

    static String manufacturer(int id) {
        return MANUFACTURERS.getOrDefault(id, "unknown");
    }

    /** {@code RAKP_HMAC_SHA1} becomes {@code rakp-hmac-sha1}: stable, readable JSON values. */
    static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Map<String, Object> suite(CipherSuite s) {
        return Json.obj("id", s.id(), "authentication", lower(s.authentication()), "integrity", lower(s.integrity()),
                "confidentiality", lower(s.confidentiality()));
    }

    static String suiteText(CipherSuite s) {
        return s.id() + " (" + lower(s.authentication()) + ", " + lower(s.integrity()) + ", " + lower(s.confidentiality()) + ")";
    }

    /** How the session was set up, for {@code info} and the demo. */
    static Map<String, Object> session(IpmiSession s) {
        return Json.obj("version", s.version() == IpmiVersion.V2_0 ? "2.0" : "1.5",
                "cipherSuite", s.cipherSuite() == null ? null : suite(s.cipherSuite()),
                "authType", s.version() == IpmiVersion.V1_5 ? lower(s.authType()) : null,
                "privilege", lower(s.privilege()),
                "bmcSessionId", hex32(s.bmcSessionId()));
    }

    static String sessionText(IpmiSession s) {
        String how = s.version() == IpmiVersion.V2_0 ? "RMCP+ cipher suite " + suiteText(s.cipherSuite())
                : "IPMI 1.5 auth type " + lower(s.authType());
        return how + ", " + lower(s.privilege());
    }

    static String hex32(int v) {
        return String.format("0x%08x", v);
    }

    static String hex(byte[] bytes) {
        return Wire.hex(bytes);
    }
}
