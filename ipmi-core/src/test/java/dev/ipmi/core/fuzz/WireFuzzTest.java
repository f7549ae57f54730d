package dev.ipmi.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ipmi.core.crypto.CipherSuiteRecords;
import dev.ipmi.core.wire.AsfMessage;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.core.wire.IpmiLanResponse;
import dev.ipmi.core.wire.IpmiLanResponseView;
import dev.ipmi.core.wire.OpenSessionRequest;
import dev.ipmi.core.wire.OpenSessionResponse;
import dev.ipmi.core.wire.PresencePing;
import dev.ipmi.core.wire.PresencePong;
import dev.ipmi.core.wire.Rakp1;
import dev.ipmi.core.wire.Rakp2;
import dev.ipmi.core.wire.Rakp3;
import dev.ipmi.core.wire.Rakp4;
import dev.ipmi.core.wire.RmcpAck;
import dev.ipmi.core.wire.RmcpHeader;
import dev.ipmi.core.wire.SecurityAlgorithms;
import dev.ipmi.core.wire.SessionHeaderV15;
import dev.ipmi.core.wire.SessionHeaderV20;
import dev.ipmi.core.wire.SessionTrailerV20;
import java.nio.ByteBuffer;

/**
 * Coverage-guided fuzz targets for every wire structure a BMC (or anyone who can send a UDP
 * datagram to the client's port) controls. In a normal build each target replays its corpus
 * ({@code WireFuzzTestInputs/<target>/}); with {@code JAZZER_FUZZ=1} it fuzzes (FUZZING.md).
 * Each structure's decoder is run on the whole input, and a decoded value is re-encoded where
 * the structure has an encoder, so encoders see every shape a decoder accepts.
 */
class WireFuzzTest {

    /** RMCP header, ASF messages (presence ping/pong) and the RMCP ACK, as the demultiplexer sees them. */
    @FuzzTest(maxDuration = "5s")
    void rmcpAsf(byte[] input) {
        Fuzz.decode(input, in -> RmcpHeader.decode(in));
        Fuzz.decode(input, in -> {
            RmcpHeader.decode(in);
            AsfMessage.decode(in);
        });
        Fuzz.decode(input, in -> reencode(PresencePong.decode(in)));
        Fuzz.decode(input, in -> PresencePing.decode(in));
        Fuzz.decode(input, in -> RmcpAck.decode(in));
    }

    /** IPMI 1.5 and 2.0 session headers and the 2.0 trailer (auth code length from the first byte). */
    @FuzzTest(maxDuration = "5s")
    void sessionHeaders(byte[] input) {
        Fuzz.decode(input, in -> SessionHeaderV15.decode(in));
        Fuzz.decode(input, in -> SessionHeaderV20.decode(in));
        Fuzz.decode(input, in -> {
            int authCodeLength = in.hasRemaining() ? in.get() & 0x1F : 0;
            SessionTrailerV20.decode(in, authCodeLength);
        });
    }

    /** IPMI LAN request and response messages, and the allocation-free response view the engine uses. */
    @FuzzTest(maxDuration = "5s")
    void lanMessages(byte[] input) {
        Fuzz.decode(input, in -> IpmiLanResponse.decode(in));
        Fuzz.decode(input, in -> IpmiLanRequest.decode(in));
        Fuzz.decode(input, in -> {
            IpmiLanResponseView v = new IpmiLanResponseView().wrap(in);
            v.answers(v.netFn(), v.command());
            v.completionCode().toString();
            v.rqAddr();
            v.rqLun();
            v.rsAddr();
            v.rsLun();
            v.rqSeq();
            v.copyData();
        });
    }

    /** RMCP+ session establishment: Open Session request/response, RAKP 1-4, cipher suite records. */
    @FuzzTest(maxDuration = "5s")
    void sessionSetup(byte[] input) {
        Fuzz.decode(input, in -> OpenSessionRequest.decode(in));
        Fuzz.decode(input, in -> OpenSessionResponse.decode(in));
        Fuzz.decode(input, in -> SecurityAlgorithms.decode(in));
        Fuzz.decode(input, in -> Rakp1.decode(in));
        Fuzz.decode(input, in -> Rakp2.decode(in));
        Fuzz.decode(input, in -> Rakp3.decode(in));
        Fuzz.decode(input, in -> Rakp4.decode(in));
        Fuzz.decode(input, in -> CipherSuiteRecords.decode(in));
    }

    private static void reencode(PresencePong pong) {
        ByteBuffer out = ByteBuffer.allocate(pong.encodedLength());
        pong.encode(out);
    }
}
