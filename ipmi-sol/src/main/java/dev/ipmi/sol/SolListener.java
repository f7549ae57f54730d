package dev.ipmi.sol;

import java.nio.ByteBuffer;

/**
 * Receives a console's output and events, in the style of {@code java.net.http.WebSocket.Listener}.
 * Calls for one console never overlap and arrive in order, on the console's executor (never on
 * the network thread). Data flow is driven by {@link SolConsole#request(long)}: each
 * {@link #onData} uses one unit of demand; the default methods request one more each time. While
 * no demand is outstanding the console buffers up to {@link SolOptions#receiveBuffer()} bytes and
 * then NACKs the BMC, which holds the host's output until the console resumes.
 *
 * <pre>{@code
 * SolListener l = new SolListener() {
 *     public void onData(SolConsole c, ByteBuffer data) {
 *         terminal.write(data);
 *         c.request(1);
 *     }
 *     public void onEvent(SolConsole c, SolEvent e) {
 *         if (e instanceof SolEvent.Stolen s) operator.tell("console taken by " + s.newOwner());
 *     }
 * };
 * }</pre>
 */
public interface SolListener {

    /** The payload is active and the console usable. Default: {@code console.request(1)}. */
    default void onOpen(SolConsole console) {
        console.request(1);
    }

    /**
     * Characters from the host, exactly once and in order. The buffer is the listener's to keep.
     * Default: {@code console.request(1)}.
     */
    default void onData(SolConsole console, ByteBuffer data) {
        console.request(1);
    }

    /** Line status, NACKs, and the events that end a console. */
    default void onEvent(SolConsole console, SolEvent event) {}

    /** The console is finished (closed by the application, stolen, deactivated or lost); called once. */
    default void onClose(SolConsole console) {}

    /** A listener call threw; the console carries on (events say when it ends). */
    default void onError(SolConsole console, Throwable error) {}
}
