package dev.ipmi.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeLengthTextTest {

    @ParameterizedTest(name = "SDR {0} -> \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            c3313256             | LATIN_1    | 12V
            c4e9746500           | LATIN_1    | \u00e9te
            43123abc             | BCD_PLUS   | 123 -.
            83235c27             | ASCII_6BIT | CPU)
            8329dca6             | ASCII_6BIT | IPMI
            0441004200           | UNICODE    | AB
            c0                   | LATIN_1    | ''
            """)
    void sdrIdStrings(String hex, TextEncoding encoding, String text) throws Exception {
        TypeLengthText t = TypeLengthText.decodeSdr(ByteBuffer.wrap(Wire.unhex(hex)), 16, "test");
        assertEquals(encoding, t.encoding());
        assertEquals(text, t.text());
    }

    @ParameterizedTest(name = "FRU {0} -> \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            c3414243   | true  | LATIN_1    | ABC
            c441004200 | false | UNICODE    | AB
            02beef     | true  | BINARY     | beef
            42987a     | true  | BCD_PLUS   | 987
            """)
    void fruFields(String hex, boolean english, TextEncoding encoding, String text) throws Exception {
        TypeLengthText t = TypeLengthText.decodeFru(ByteBuffer.wrap(Wire.unhex(hex)), english, "test");
        assertEquals(encoding, t.encoding());
        assertEquals(text.strip(), t.text().strip());
    }

    @ParameterizedTest
    @CsvSource({"c84350552054656d70", "83235c27", "43123abc", "0441004200"})
    void robust(String hex) {
        Robustness.assertRobust("SDR ID " + hex, Wire.unhex(hex), in -> TypeLengthText.decodeSdr(in, 16, "id"));
        Robustness.assertRobust("FRU field " + hex, Wire.unhex(hex), in -> TypeLengthText.decodeFru(in, true, "field"));
    }
}
