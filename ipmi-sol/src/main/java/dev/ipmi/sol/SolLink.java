package dev.ipmi.sol;

import dev.ipmi.core.command.IpmiRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What a console needs from the IPMI session under it. One implementation wraps the LAN
 * client's session; tests put a fake BMC behind it. Everything the console keeps runs on the
 * link's loop ({@link #execute}), so none of it needs locks.
 */
interface SolLink {
    /** The session id the BMC assigned us: what Get Payload Instance Info reports when we own the payload. */
    int bmcSessionId();

    /** Names the BMC for the anti-flap registry (host and port). */
    String bmcKey();

    /** Whether Activate Payload asks for encrypted / authenticated SOL (what the session's cipher suite can do). */
    boolean encryption();

    boolean authentication();

    /** Routes inbound SOL payloads to {@code handler} on the loop; {@code null} detaches. */
    void attach(Consumer<ByteBuffer> handler);

    /** Sends one SOL payload; from the loop. */
    void send(SolPacket packet);

    /** Runs {@code task} on the loop. */
    void execute(Runnable task);

    /** Sends an IPMI command on the session; completes off the loop. */
    <R> CompletableFuture<R> send(IpmiRequest<R> request);

    /** Runs {@code onEnd} on the loop when the IPMI session ends (lost or closed), with why. */
    default void onSessionEnd(Consumer<Exception> onEnd) {}

    /** Closes the session (only called for sessions the console opened itself). */
    CompletableFuture<Void> closeSession();
}
