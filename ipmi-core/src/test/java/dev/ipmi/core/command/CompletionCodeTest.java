package dev.ipmi.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletionCodeTest {

    @Test
    void everyByteValueIsAcceptedAndInterned() {
        for (int v = -300; v < 600; v++) {
            CompletionCode c = CompletionCode.of(v);
            assertEquals(v & 0xFF, c.value());
            assertSame(c, CompletionCode.of(v & 0xFF));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0x00 | 00h (Command completed normally)",
        "0xC1 | C1h (Invalid command)",
        "0xD4 | D4h (Insufficient privilege level)",
        "0xCA | CAh (Cannot return number of requested data bytes)",
        "0x81 | 81h (command-specific)",
        "0x05 | 05h (OEM)",
        "0xE0 | E0h (reserved)",
    })
    void printsSpecNamesAndHex(String value, String text) {
        assertEquals(text, CompletionCode.of(Integer.decode(value)).toString());
    }

    @Test
    void classifiesCodes() {
        assertTrue(CompletionCode.NORMAL.isNormal());
        assertFalse(CompletionCode.INVALID_COMMAND.isNormal());
        assertTrue(CompletionCode.NODE_BUSY.isTemporary());
        assertTrue(CompletionCode.TIMEOUT.isTemporary());
        assertFalse(CompletionCode.INSUFFICIENT_PRIVILEGE.isTemporary());
        assertTrue(CompletionCode.of(0x80).isCommandSpecific());
        assertTrue(CompletionCode.of(0xBE).isCommandSpecific());
        assertFalse(CompletionCode.of(0xBF).isCommandSpecific());
        assertTrue(CompletionCode.of(0x7E).isOem());
        assertNull(CompletionCode.of(0x90).name());
    }
}
