package dev.ipmi.lan;

import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.crypto.CipherSuite;
import java.net.InetSocketAddress;

/**
 * Observes what a client does, for metrics and diagnostics; every method has a no-op default,
 * so implement only what you need. Events are delivered in order on the client's callback
 * executor, never on the selector thread, so a slow listener cannot stall the network; it
 * should still be quick, since events queue behind it. Nothing passed here contains a secret.
 *
 * <pre>{@code
 * IpmiClient client = IpmiClient.newBuilder()
 *         .eventListener(new IpmiEventListener() {
 *             public void datagramDropped(InetSocketAddress from, DropReason why, String detail) {
 *                 drops.increment();
 *             }
 *         })
 *         .build();
 * }</pre>
 */
public interface IpmiEventListener {
    /** A listener that ignores everything. */
    IpmiEventListener NONE = new IpmiEventListener() {};

    /** Session establishment with {@code bmc} began. */
    default void sessionOpenStarted(BmcAddress bmc) {}

    /** Automatic negotiation passed over {@code suite}, for the reason given (not offered, refused, failed). */
    default void cipherSuiteSkipped(BmcAddress bmc, CipherSuite suite, String reason) {}

    /** A session is ready for commands. */
    default void sessionOpened(IpmiSession session) {}

    /** Session establishment failed; nothing was left open on the BMC that the client could close. */
    default void sessionOpenFailed(BmcAddress bmc, Throwable cause) {}

    /** A request went out for the first time. */
    default void requestSent(IpmiSession session, CommandSpec command, int rqSeq) {}

    /** A request was sent again (attempt 2, 3, ...). */
    default void requestRetransmitted(IpmiSession session, CommandSpec command, int attempt) {}

    /** A response arrived {@code nanos} after the first send. */
    default void responseReceived(IpmiSession session, CommandSpec command, CompletionCode code, long nanos) {}

    /** An inbound datagram was dropped; the session it was aimed at (if any) carries on. */
    default void datagramDropped(InetSocketAddress from, DropReason reason, String detail) {}

    /** An idle session sent a keepalive command. */
    default void keepaliveSent(IpmiSession session) {}

    /** The BMC no longer knows or answers an established session. */
    default void sessionLost(IpmiSession session, Throwable cause) {}

    /** A session was closed by the application or the client. */
    default void sessionClosed(IpmiSession session) {}
}
