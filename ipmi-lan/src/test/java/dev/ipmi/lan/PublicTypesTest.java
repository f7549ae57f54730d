package dev.ipmi.lan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PublicTypesTest {

    @Test
    void credentialsNeverPrintSecretsAndWipeOnClose() {
        Credentials c = Credentials.of("admin", "s3cretPassw0rd".toCharArray()).withKg("kgkgkg".getBytes(StandardCharsets.US_ASCII));
        assertFalse(c.toString().contains("s3cret"), c.toString());
        assertFalse(c.toString().contains("kgkg"), c.toString());
        assertTrue(c.toString().contains("admin"));
        assertArrayEquals("s3cretPassw0rd".getBytes(StandardCharsets.US_ASCII), c.password());
        c.close();
        assertArrayEquals(new byte[14], c.password(), "wiped");
        assertArrayEquals(new byte[6], c.kg(), "wiped");
    }

    @Test
    void credentialsEnforceTheSpecLengths() {
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("a".repeat(17), "x"));
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("admin", "p".repeat(21)));
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("admin", "x").withKg(new byte[21]));
        assertEquals(20, Credentials.of("admin", "p".repeat(20)).password().length);
        assertEquals(PrivilegeLevel.OPERATOR, Credentials.of("a", "b").withPrivilege(PrivilegeLevel.OPERATOR).privilege());
        assertTrue(Credentials.of("a", "b").nameOnlyLookup(), "name-only lookup by default, as ipmitool and FreeIPMI");
    }

    @Test
    void bmcAddressParsesHostAndPortForms() {
        assertEquals("127.0.0.1:623", BmcAddress.parse("127.0.0.1").toString());
        assertEquals("127.0.0.1:9623", BmcAddress.parse("127.0.0.1:9623").toString());
        assertEquals("[0:0:0:0:0:0:0:1]:6230", BmcAddress.parse("[::1]:6230").toString());
        assertEquals("[0:0:0:0:0:0:0:1]:623", BmcAddress.parse("[::1]").toString());
        assertThrows(IllegalArgumentException.class, () -> BmcAddress.parse("127.0.0.1:x"));
        assertThrows(IllegalArgumentException.class, () -> BmcAddress.of("127.0.0.1", 70000));
        assertEquals(BmcAddress.of("127.0.0.1", 623), BmcAddress.parse("127.0.0.1"));
    }

    @Test
    void retryPolicyBacksOffUpToItsCap() {
        RetryPolicy p = RetryPolicy.defaults();
        assertEquals(Duration.ofSeconds(1).toNanos(), p.attemptTimeoutNanos(1, false));
        assertEquals(Duration.ofSeconds(2).toNanos(), p.attemptTimeoutNanos(2, false));
        assertEquals(Duration.ofSeconds(4).toNanos(), p.attemptTimeoutNanos(3, false));
        assertEquals(Duration.ofSeconds(4).toNanos(), p.attemptTimeoutNanos(9, false));
        assertEquals(Duration.ofSeconds(5).toNanos(), p.attemptTimeoutNanos(1, true), "side effects wait longer");
    }

    @Test
    void sideEffectsAreRetriedOnlyOnCodesThatMeanNotExecuted() {
        RetryPolicy p = RetryPolicy.defaults();
        assertTrue(p.retriesOn(CompletionCode.NODE_BUSY, false));
        assertTrue(p.retriesOn(CompletionCode.TIMEOUT, false));
        assertTrue(p.retriesOn(CompletionCode.NODE_BUSY, true));
        assertFalse(p.retriesOn(CompletionCode.TIMEOUT, true), "C3h may have run: never re-issue a side effect");
        assertFalse(p.retriesOn(CompletionCode.INVALID_COMMAND, false));
        assertThrows(IllegalArgumentException.class, () -> p.withAttempts(0));
    }

    @Test
    void cipherSuitePolicyRefusesUnauthenticatedSuitesByDefault() {
        assertFalse(CipherSuitePolicy.automatic().permits(CipherSuite.SUITE_0));
        assertTrue(CipherSuitePolicy.automatic().allowingUnauthenticated().permits(CipherSuite.SUITE_0));
        assertTrue(CipherSuitePolicy.automatic().permits(CipherSuite.SUITE_17));
        assertThrows(IllegalArgumentException.class, () -> CipherSuitePolicy.explicit(20));
        assertEquals(17, CipherSuitePolicy.STRENGTH_ORDER.get(0));
        assertEquals(20, CipherSuitePolicy.STRENGTH_ORDER.stream().distinct().count(), "every standard suite once");
    }

    @Test
    void sessionOptionsValidate() {
        assertThrows(IllegalArgumentException.class, () -> SessionOptions.defaults().withChannel(16));
        assertThrows(IllegalArgumentException.class, () -> SessionOptions.defaults().withKeepalive(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> SessionOptions.defaults().withAuthType(dev.ipmi.core.wire.AuthType.RMCP_PLUS));
        assertFalse(SessionOptions.defaults().reestablishOnLoss(), "off by default");
    }
}
