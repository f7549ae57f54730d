package dev.ipmi.benchmarks;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.AuthenticationAlgorithm;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.RakpMath;
import dev.ipmi.core.crypto.RakpRole;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.core.crypto.UnsupportedAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The console's RAKP arithmetic for one session establishment (IPMI v2.0 sections 13.31-13.32):
 * check the BMC's RAKP 2 key exchange code, derive SIK, K1 and K2, compute the RAKP 3 code and
 * the expected RAKP 4 integrity check value. Runs once per session, so it bounds how fast a
 * fleet client can (re)open sessions, not the per-packet rate.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RakpBenchmark {
    private static final CryptoProvider JCA = CryptoProvider.defaultProvider();
    private static final byte[] R_M = bytes(16, 0x11);
    private static final byte[] R_C = bytes(16, 0x22);
    private static final byte[] GUID_C = bytes(16, 0x33);
    private static final byte[] UNAME_M = "admin".getBytes(StandardCharsets.US_ASCII);
    private static final RakpRole ROLE_M = new RakpRole(PrivilegeLevel.ADMINISTRATOR, true);
    private static final byte[] KUID = RakpMath.kuid(Sessions.PASSWORD);

    @Param({"RAKP_HMAC_SHA1", "RAKP_HMAC_SHA256"})
    public AuthenticationAlgorithm auth;

    /** One establishment; every derived value goes to the blackhole. */
    @Benchmark
    public void sessionEstablishment(Blackhole bh) throws UnsupportedAlgorithmException {
        establish(auth, bh);
    }

    /** The work of {@link #sessionEstablishment}, shared with the smoke test. */
    static void establish(AuthenticationAlgorithm auth, Blackhole bh) throws UnsupportedAlgorithmException {
        int sidM = Sessions.CONSOLE_SESSION_ID;
        int sidC = Sessions.BMC_SESSION_ID;
        bh.consume(RakpMath.rakp2AuthCode(auth, KUID, sidM, sidC, R_M, R_C, GUID_C, ROLE_M, UNAME_M, JCA));
        try (SessionKeys keys = RakpMath.sessionKeys(auth, null, KUID, R_M, R_C, ROLE_M, UNAME_M, JCA)) {
            bh.consume(RakpMath.rakp3AuthCode(auth, KUID, R_C, sidM, ROLE_M, UNAME_M, JCA));
            bh.consume(RakpMath.rakp4Icv(auth, keys.sik(), R_M, sidC, GUID_C, JCA));
            bh.consume(keys);
        }
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed + i);
        }
        return b;
    }
}
