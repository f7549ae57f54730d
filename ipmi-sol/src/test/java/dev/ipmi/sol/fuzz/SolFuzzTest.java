package dev.ipmi.sol.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ipmi.core.fuzz.Fuzz;
import dev.ipmi.sol.SolPacket;
import java.nio.ByteBuffer;

/**
 * The SOL payload (payload type 01h) as it arrives from the BMC, after the session layer:
 * decoded, read both ways (status and operation), and re-encoded to exactly its declared length.
 * Corpus in {@code SolFuzzTestInputs/solPacket/}; FUZZING.md explains the modes.
 */
class SolFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void solPacket(byte[] input) {
        Fuzz.decode(input, in -> {
            SolPacket p = SolPacket.decode(in);
            p.status().toString();
            p.operation().toString();
            p.toString();
            ByteBuffer out = ByteBuffer.allocate(p.encodedLength());
            p.encode(out);
            if (out.hasRemaining()) {
                throw new AssertionError("SOL packet wrote " + out.position() + " of " + p.encodedLength() + " bytes");
            }
        });
    }
}
