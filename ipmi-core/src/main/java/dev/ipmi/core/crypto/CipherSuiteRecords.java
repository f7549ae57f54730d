package dev.ipmi.core.crypto;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cipher suites a channel offers: the record data of Get Channel Cipher Suites (IPMI v2.0
 * section 22.15, "list algorithms by cipher suite"), i.e. the concatenation of the data of every
 * page after the channel number, parsed into {@link CipherSuiteRecord}s.
 *
 * <pre>
 *   record data = record | record | ...        (16 bytes per page; the last page is shorter)
 *   e.g. c0 03 01 41 81 | c0 11 03 44 81        suites 3 and 17
 * </pre>
 *
 * <pre>{@code
 * List<CipherSuiteRecord> offered = CipherSuiteRecords.decode(ByteBuffer.wrap(allPages));
 * List<CipherSuite> usable = CipherSuiteRecords.standardSuites(offered);
 * }</pre>
 */
public final class CipherSuiteRecords {
    private CipherSuiteRecords() {}

    /** Every record of the record data (position to limit, consumed); empty data is an empty list. */
    public static List<CipherSuiteRecord> decode(ByteBuffer recordData) throws MalformedPacketException {
        List<CipherSuiteRecord> records = new ArrayList<>();
        while (recordData.hasRemaining()) {
            records.add(CipherSuiteRecord.decode(recordData));
        }
        return List.copyOf(records);
    }

    /** Writes the records back to back, as a BMC would before splitting them into pages. */
    public static void encode(List<CipherSuiteRecord> records, ByteBuffer out) {
        records.forEach(r -> r.encode(out));
    }

    /** Exact size of {@link #encode}'s output. */
    public static int encodedLength(List<CipherSuiteRecord> records) {
        return records.stream().mapToInt(CipherSuiteRecord::encodedLength).sum();
    }

    /** The records that map onto a {@link CipherSuite}, in the BMC's order. */
    public static List<CipherSuite> standardSuites(List<CipherSuiteRecord> records) {
        return records.stream().map(CipherSuiteRecord::cipherSuite).flatMap(Optional::stream).toList();
    }
}
