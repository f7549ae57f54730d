package dev.ipmi.lan.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords, Kg and session keys never show in {@code toString()} or exception messages, and
 * the session's key material is zeroed when it closes.
 */
class SecretsExposureTest {
    private static final String PASSWORD = "adminpass";
    private static final byte[] KG = "kg-secret-kg-secret!".getBytes(StandardCharsets.US_ASCII);

    private static void assertNoSecret(String text, byte[]... keys) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains(PASSWORD), "password in: " + text);
        assertFalse(lower.contains("wrongpass"), "attempted password in: " + text);
        assertFalse(lower.contains(hex(PASSWORD.getBytes(StandardCharsets.US_ASCII))), "password hex in: " + text);
        assertFalse(text.contains(new String(KG, StandardCharsets.US_ASCII)), "Kg in: " + text);
        for (byte[] k : keys) {
            assertFalse(lower.contains(hex(k).substring(0, 16)), "key hex in: " + text);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void credentialsOptionsClientAndSessionPrintNoSecrets() throws Exception {
        Credentials c = Credentials.of("admin", PASSWORD).withKg(KG);
        assertNoSecret(c.toString());
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start();
             IpmiClient client = IpmiClient.newBuilder().build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()), Credentials.of("admin", PASSWORD),
                     SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(17)))) {
            SessionKeys keys = reachable(s, SessionKeys.class).get(0);
            byte[][] material = {keys.sik(), keys.k1(), keys.k2()};
            assertNoSecret(s.toString(), material);
            assertNoSecret(client.toString(), material);
            assertNoSecret(keys.toString(), material);
            assertNoSecret(SessionOptions.defaults().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2-wrong-password", "v2-wrong-kg", "v15-wrong-password"})
    void authenticationFailuresNameNoSecret(String mode) throws Exception {
        SimulatedBmc.Builder b = SimulatedBmc.newBuilder();
        if (mode.equals("v2-wrong-kg")) {
            b.kg("the-right-kg-value!!".getBytes(StandardCharsets.US_ASCII));
        }
        try (SimulatedBmc bmc = b.start(); IpmiClient client = IpmiClient.newBuilder().build()) {
            Credentials c = switch (mode) {
                case "v2-wrong-kg" -> Credentials.of("admin", PASSWORD).withKg(KG);
                default -> Credentials.of("admin", "wrongpass");
            };
            SessionOptions o = mode.startsWith("v15") ? SessionOptions.defaults().withVersion(IpmiVersion.V1_5)
                    : SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3));
            IpmiException e = assertThrows(IpmiException.class, () -> client.openSessionBlocking(BmcAddress.of(bmc.address()), c, o));
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertNoSecret(String.valueOf(t.getMessage()));
                assertNoSecret(t.toString());
            }
        }
    }

    /**
     * Every byte array reachable from an open session (through the library's own objects) that
     * holds SIK, K1, K2 or Kuid is all zeros once the session is closed, and its SessionKeys are
     * closed. Key schedules inside the JDK's Mac and Cipher objects are out of reach (and are not
     * wiped by the JDK): see SECURITY.md.
     */
    @Test
    void keyMaterialIsZeroedOnClose() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start(); IpmiClient client = IpmiClient.newBuilder().build()) {
            IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()), Credentials.of("admin", PASSWORD),
                    SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3)));
            s.sendBlocking(new GetDeviceId());
            List<SessionKeys> keys = reachable(s, SessionKeys.class);
            assertTrue(keys.size() == 1, "session keys reachable from the session: " + keys.size());
            SessionKeys k = keys.get(0);
            List<byte[]> secrets = List.of(k.sik(), k.k1(), k.k2(), k.kuid());
            List<byte[]> holders = new ArrayList<>();
            for (byte[] array : reachable(s, byte[].class)) {
                for (byte[] secret : secrets) {
                    if (containsRun(array, secret, 8)) {
                        holders.add(array);
                    }
                }
            }
            assertTrue(holders.size() >= 4, "found " + holders.size() + " arrays with key material");
            s.close();
            assertTrue(k.isClosed());
            for (byte[] h : holders) {
                for (byte x : h) {
                    assertTrue(x == 0, "key material left after close: " + hex(h).substring(0, 8) + "...");
                }
            }
        }
    }

    private static boolean containsRun(byte[] array, byte[] secret, int run) {
        if (secret.length < run) {
            return false;
        }
        outer:
        for (int i = 0; i + run <= array.length; i++) {
            for (int j = 0; j < run; j++) {
                if (array[i + j] != secret[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Objects of {@code type} reachable from {@code root} through fields of the library's own classes. */
    private static <T> List<T> reachable(Object root, Class<T> type) throws IllegalAccessException {
        List<T> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(root, type, found, seen, 0);
        return found;
    }

    private static <T> void walk(Object o, Class<T> type, List<T> found, Set<Object> seen, int depth)
            throws IllegalAccessException {
        if (o == null || depth > 8 || !seen.add(o)) {
            return;
        }
        if (type.isInstance(o)) {
            found.add(type.cast(o));
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            if (!c.getComponentType().isPrimitive()) {
                for (Object e : (Object[]) o) {
                    walk(e, type, found, seen, depth + 1);
                }
            }
            return;
        }
        if (!c.getName().startsWith("dev.ipmi.") && !c.getName().startsWith("java.util.")) {
            return; // the JDK's own objects are not ours to open
        }
        if (c.getName().startsWith("java.util.")) {
            if (o instanceof Iterable<?> it) {
                for (Object e : it) {
                    walk(e, type, found, seen, depth + 1);
                }
            } else if (o instanceof java.util.Map<?, ?> m) {
                for (Object e : m.values()) {
                    walk(e, type, found, seen, depth + 1);
                }
            }
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("dev.ipmi."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                f.setAccessible(true);
                walk(f.get(o), type, found, seen, depth + 1);
            }
        }
    }
}
