package dev.ipmi.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ipmi.core.command.CatalogueEntry;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.Commands;
import dev.ipmi.core.command.IpmiRequest;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Every command of the catalogue ({@link Commands#all()}): the response decoder (a BMC's answer)
 * and the request decoder (what the simulated BMC parses). Whatever decodes must re-encode to
 * exactly its declared length: an encoder that cannot write a decoded value back is the same
 * bug seen from the other side.
 *
 * <pre>
 * input:  entry index (1) | request data length n (1) | request data (n) | response data (rest)
 * </pre>
 * The response data follows the completion code, as {@link CatalogueEntry#decodeResponse} takes it.
 */
class CommandFuzzTest {
    private static final List<CatalogueEntry> ALL = Commands.all();

    @FuzzTest(maxDuration = "10s")
    void catalogue(byte[] input) {
        if (input.length < 2) {
            return;
        }
        CatalogueEntry entry = ALL.get((input[0] & 0xFF) % ALL.size());
        int requestLength = Math.min(input[1] & 0xFF, input.length - 2);
        byte[] request = java.util.Arrays.copyOfRange(input, 2, 2 + requestLength);
        byte[] response = java.util.Arrays.copyOfRange(input, 2 + requestLength, input.length);
        Fuzz.decode(request, in -> {
            IpmiRequest<? extends CommandResponse> r = entry.decodeRequest(in);
            ByteBuffer out = ByteBuffer.allocate(r.dataLength());
            r.encodeData(out);
            check(out, r.dataLength(), entry, "request");
        });
        Fuzz.decode(response, in -> {
            CommandResponse r = entry.decodeResponse(ByteBuffer.wrap(request), in);
            ByteBuffer out = ByteBuffer.allocate(r.encodedLength());
            r.encode(out);
            check(out, r.encodedLength(), entry, "response");
        });
    }

    private static void check(ByteBuffer out, int declared, CatalogueEntry entry, String what) {
        if (out.position() != declared) {
            throw new AssertionError(entry.spec().name() + " " + what + " wrote " + out.position()
                    + " bytes, declared " + declared);
        }
    }
}
