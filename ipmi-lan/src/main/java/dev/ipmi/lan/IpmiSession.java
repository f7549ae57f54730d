package dev.ipmi.lan;

import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.AuthType;
import java.util.concurrent.CompletableFuture;

/**
 * An authenticated session with one BMC, opened by {@link IpmiClient#openSession}. Thread-safe:
 * any number of threads may send at once; requests beyond the client's in-flight window queue.
 *
 * <pre>{@code
 * GetChassisStatus.Response st = session.send(new GetChassisStatus()).join();
 * RawResponse r = session.sendRaw(NetFn.APP, 0x01, new byte[0]).join();   // anything uncatalogued
 * session.close();                                                        // Close Session, bounded wait
 * }</pre>
 *
 * Futures complete exceptionally with {@link dev.ipmi.core.command.CompletionCodeException} for
 * a non-normal completion code, {@link IpmiTimeoutException} when the BMC does not answer,
 * {@link SessionLostException} when the session is gone. They complete on the client's callback
 * executor, never on its selector thread.
 */
public interface IpmiSession extends AutoCloseable {

    /** The BMC this session talks to. */
    BmcAddress bmc();

    /** IPMI 2.0 or 1.5. */
    IpmiVersion version();

    /** The RMCP+ cipher suite in use, or {@code null} for an IPMI 1.5 session. */
    CipherSuite cipherSuite();

    /** The IPMI 1.5 auth type in use, or {@link AuthType#RMCP_PLUS} for an IPMI 2.0 session. */
    AuthType authType();

    /** The privilege level the session runs at. */
    PrivilegeLevel privilege();

    /** The session id the BMC assigned (what Get Session Info and Get Payload Instance Info report). */
    int bmcSessionId();

    /** The session id this client chose (RMCP+ only; 0 for IPMI 1.5). */
    int consoleSessionId();

    /** Whether the session can still carry commands. */
    boolean isOpen();

    /** Sends a catalogued (or user-defined) command; the future yields its typed response. */
    <R> CompletableFuture<R> send(IpmiRequest<R> request);

    /**
     * Sends a command to a controller behind the BMC (Send Message bridging with response
     * tracking, IPMI v2.0 section 6.13); the future yields the target's typed response. A
     * non-normal completion code of Send Message itself fails the future with a
     * {@link dev.ipmi.core.command.CompletionCodeException} naming Send Message.
     */
    <R> CompletableFuture<R> send(IpmiRequest<R> request, BridgeTarget target);

    /** Blocking twin of {@link #send(IpmiRequest)}: waits at most the retry policy's deadline. */
    <R> R sendBlocking(IpmiRequest<R> request) throws java.io.IOException;

    /** Sends a command by number and returns the completion code and data untouched. */
    CompletableFuture<RawResponse> sendRaw(NetFn netFn, int command, byte[] data);

    /** Blocking twin of {@link #sendRaw}. */
    RawResponse sendRawBlocking(NetFn netFn, int command, byte[] data) throws java.io.IOException;

    /**
     * Sends Close Session and releases the session; completes when the BMC confirmed or a short
     * deadline passed. Pending requests fail with {@link SessionLostException}. Idempotent.
     */
    CompletableFuture<Void> closeAsync();

    /** Closes the session and waits (boundedly) for the BMC to confirm. Never throws. */
    @Override
    void close();
}
