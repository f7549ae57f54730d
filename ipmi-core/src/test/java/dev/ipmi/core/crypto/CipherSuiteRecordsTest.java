package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.testing.Vectors;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CipherSuiteRecordsTest {

    private static List<CipherSuiteRecord> decode(String hex) throws MalformedPacketException {
        ByteBuffer in = ByteBuffer.wrap(Wire.unhex(hex));
        List<CipherSuiteRecord> records = CipherSuiteRecords.decode(in);
        assertEquals(0, in.remaining());
        return records;
    }

    private static byte[] encode(List<CipherSuiteRecord> records) {
        ByteBuffer out = ByteBuffer.allocate(CipherSuiteRecords.encodedLength(records));
        CipherSuiteRecords.encode(records, out);
        assertEquals(0, out.remaining());
        return out.array();
    }

    /** record data | suites as "id:auth/integrity/conf" | standard suite ids ("-" = none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                       | ''                 | -",
        "c0 00 00 40 80           | 0:0/0/0            | 0",
        "c0 03 01 41 81 c0 11 03 44 81 | 3:1/1/1 17:3/4/1 | 3 17",
        "c0 01 01 40 80 c0 02 01 41 80 | 1:1/0/0 2:1/1/0 | 1 2",
        "c0 11 03                 | 17:3//             | -",
        "c0 05 01 41 81 82        | 5:1/1/1.2          | -",
        "c0 07 30 41 81           | 7:48/1/1           | -",
        "c0 2a 01 41 81           | 42:1/1/1           | 42",
    })
    void decodesRecordData(String hex, String suites, String standardIds) throws Exception {
        List<CipherSuiteRecord> records = decode(hex);
        List<String> described = new ArrayList<>();
        for (CipherSuiteRecord r : records) {
            described.add(r.id() + ":" + join(r.authenticationIds()) + "/" + join(r.integrityIds()) + "/"
                    + join(r.confidentialityIds()));
        }
        assertEquals(suites.isEmpty() ? List.of() : List.of(suites.split(" ")), described);
        List<String> ids = CipherSuiteRecords.standardSuites(records).stream().map(s -> "" + s.id()).toList();
        assertEquals(standardIds.equals("-") ? List.of() : List.of(standardIds.split(" ")), ids);
        assertArrayEquals(Wire.unhex(hex), encode(records), "round trip");
    }

    private static String join(List<Integer> ids) {
        return String.join(".", ids.stream().map(String::valueOf).toList());
    }

    @Test
    void standardRecordsMapToTheSuiteConstants() throws Exception {
        List<CipherSuite> suites = CipherSuiteRecords.standardSuites(decode("c0 03 01 41 81 c0 11 03 44 81"));
        assertEquals(List.of(CipherSuite.SUITE_3, CipherSuite.SUITE_17), suites);
        // an id the BMC chose for a standard combination keeps the BMC's id
        CipherSuite renamed = CipherSuiteRecords.standardSuites(decode("c0 2a 01 41 81")).get(0);
        assertEquals(42, renamed.id());
        assertEquals(CipherSuite.SUITE_3.confidentiality(), renamed.confidentiality());
    }

    @Test
    void oemRecordsKeepTheirIana() throws Exception {
        List<CipherSuiteRecord> records = decode("c1 80 57 01 00 01 41 81 c0 00 00 40 80");
        CipherSuiteRecord oem = records.get(0);
        assertEquals(0x80, oem.id());
        assertEquals(OptionalInt.of(343), oem.oemIana()); // Intel, 0x000157
        assertEquals(List.of(1), oem.authenticationIds());
        assertEquals(List.of(), CipherSuiteRecords.standardSuites(records.subList(0, 1)));
        assertEquals(List.of(CipherSuite.SUITE_0), CipherSuiteRecords.standardSuites(records));
    }

    @ParameterizedTest
    @CsvSource({
        "01 c0 03 01, want start of record C0h or C1h, got 01h",
        "c0, want 2 bytes",
        "c1 80 57 01, want 3 bytes",
        "c0 03 41 81, no authentication algorithm",
        "c0 03 c0 00 00, no authentication algorithm",
        "c0 03 01 c5, reserved tag byte C5h",
    })
    void malformedRecordData(String hex, String message) {
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> decode(hex));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void ipmiSimListOfSuitesZeroToFourteen() throws Exception {
        StringBuilder hex = new StringBuilder();
        for (CipherSuite s : CipherSuite.standard().subList(0, 15)) {
            hex.append(Wire.hex(encode(List.of(CipherSuiteRecord.of(s)))));
        }
        assertEquals(CipherSuite.standard().subList(0, 15),
                CipherSuiteRecords.standardSuites(decode(hex.toString())));
    }

    @Test
    void capturedGetChannelCipherSuitesResponse() throws Exception {
        // cs17-ipmitool-autodetect frame 4: IPMI response data = cc | channel | record data
        byte[] udp = Vectors.load("cs17-ipmitool-autodetect").packets().stream()
                .filter(p -> p.frame() == 4).findFirst().orElseThrow().udpPayload();
        int message = 16;                                 // RMCP 4 + IPMI 2.0 session header 12
        int data = message + 6 + 1 + 1;                   // rqAddr netFn chk rsAddr seq cmd | cc | channel
        byte[] recordData = Arrays.copyOfRange(udp, data, udp.length - 1); // drop checksum 2
        assertEquals(List.of(CipherSuite.SUITE_3, CipherSuite.SUITE_17),
                CipherSuiteRecords.standardSuites(CipherSuiteRecords.decode(ByteBuffer.wrap(recordData))));
    }

    @Test
    void decoderIsRobust() {
        Robustness.assertRobust("Cipher suite records",
                Wire.unhex("c0 03 01 41 81 c1 80 57 01 00 01 41 81 c0 11 03 44 81"),
                CipherSuiteRecords::decode);
    }
}
