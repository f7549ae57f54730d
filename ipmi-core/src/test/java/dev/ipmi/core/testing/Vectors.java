package dev.ipmi.core.testing;

import dev.ipmi.core.wire.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The known-answer vectors captured between ipmitool / FreeIPMI and ipmi_sim (test resources
 * under {@code /vectors}). Each case holds the session parameters (user, password, nonces,
 * GUID, derived SIK/K1/K2) and every UDP payload in order.
 */
public final class Vectors {
    /** Every case shipped in the resources. */
    public static final List<String> CASES = List.of(
            "cs0-admin-getdeviceid", "cs1-admin-getdeviceid", "cs2-admin-getdeviceid",
            "cs3-admin-getdeviceid", "cs3-operator-getdeviceid", "cs3-unknown-user", "cs3-wrong-password",
            "cs6-admin-getdeviceid", "cs17-freeipmi-getdeviceid", "cs17-ipmitool-autodetect",
            "cs17-ipmitool-getdeviceid", "cs17-rejected", "ipmi15-md5-getdeviceid",
            "ipmi15-password-getdeviceid");

    private Vectors() {}

    /** One captured case. */
    public record Case(String name, List<Session> sessions, List<Packet> packets) {}

    /** A session's parameters; hex fields are {@code null} when the capture has none. */
    public record Session(Map<String, Object> raw) {
        public String string(String key) {
            Object v = raw.get(key);
            return v == null ? null : v.toString();
        }

        public byte[] bytes(String key) {
            String v = string(key);
            return v == null ? null : Wire.unhex(v);
        }

        public long number(String key) {
            Object v = raw.get(key);
            if (v instanceof Number n) {
                return n.longValue();
            }
            return Long.decode(v.toString());
        }

        public boolean flag(String key) {
            return Boolean.TRUE.equals(raw.get(key));
        }
    }

    /** One UDP payload and what the capture tool recomputed for it. */
    public record Packet(Map<String, Object> raw) {
        public boolean fromConsole() {
            return "console->bmc".equals(raw.get("direction"));
        }

        public int frame() {
            return ((Number) raw.get("frame")).intValue();
        }

        public byte[] udpPayload() {
            return Wire.unhex((String) raw.get("udp_payload"));
        }

        /** A hex field such as integrity_input, authcode, aes_iv, plaintext_payload, or {@code null}. */
        public byte[] bytes(String key) {
            Object v = raw.get(key);
            return v == null ? null : Wire.unhex(v.toString());
        }

        public Object get(String key) {
            return raw.get(key);
        }

        @SuppressWarnings("unchecked")
        public List<String> notes() {
            return (List<String>) raw.getOrDefault("notes", List.of());
        }
    }

    /** Loads one case from the test resources. */
    @SuppressWarnings("unchecked")
    public static Case load(String name) {
        String path = "/vectors/" + name + ".json";
        try (InputStream in = Vectors.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector " + path);
            }
            Map<String, Object> root = (Map<String, Object>) MiniJson.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Session> sessions = ((List<Object>) root.get("sessions")).stream()
                    .map(o -> new Session((Map<String, Object>) o)).toList();
            List<Packet> packets = ((List<Object>) root.get("packets")).stream()
                    .map(o -> new Packet((Map<String, Object>) o)).toList();
            return new Case(name, sessions, packets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
