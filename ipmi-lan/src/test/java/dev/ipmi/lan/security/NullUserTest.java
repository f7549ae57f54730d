package dev.ipmi.lan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.lan.Credentials;
import org.junit.jupiter.api.Test;

/** The null (anonymous) user is a login only when asked for by name. */
class NullUserTest {

    @Test
    void anEmptyUserNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.of("", "secret"));
        assertTrue(e.getMessage().contains("nullUser"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Credentials.of("", "x".toCharArray()));
    }

    @Test
    void theNullUserIsAvailableExplicitly() {
        try (Credentials c = Credentials.nullUser(new byte[0])) {
            assertEquals("", c.userName());
            assertEquals(0, c.password().length);
        }
        assertThrows(IllegalArgumentException.class, () -> Credentials.nullUser(new byte[21]));
    }
}
