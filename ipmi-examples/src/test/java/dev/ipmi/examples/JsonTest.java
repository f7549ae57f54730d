package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ipmi.core.testing.MiniJson;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesWhatAReaderReadsBack() {
        Map<String, Object> value = Json.obj("s", "a \"quoted\" \\ back\nslash\t\u0001", "i", 42, "l", -7L, "d", 5.02,
                "whole", 12.0, "t", true, "n", null, "list", List.of(1, "x"), "empty", List.of(), "nested", Json.obj());
        Map<String, Object> expected = Json.obj("s", "a \"quoted\" \\ back\nslash\t\u0001", "i", 42L, "l", -7L, "d", 5.02,
                "whole", 12L, "t", true, "n", null, "list", List.of(1L, "x"), "empty", List.of(), "nested", Map.of());
        assertEquals(expected, MiniJson.parse(Json.write(value)));
        assertEquals(expected, MiniJson.parse(Json.line(value)));
    }

    @Test
    void layout() {
        assertEquals("{\n  \"a\": [\n    1,\n    null\n  ],\n  \"b\": {}\n}", Json.write(Json.obj("a", Arrays.asList(1, null), "b", Map.of())));
        assertEquals("{\"a\":[1,null],\"b\":{}}", Json.line(Json.obj("a", Arrays.asList(1, null), "b", Map.of())));
    }

    @Test
    void nonFiniteNumbersAreNull() {
        assertEquals("[null,null,1.5]", Json.line(List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.5)));
    }
}
