package dev.ipmi.lan.internal;

import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.RawResponse;
import dev.ipmi.lan.SessionLostException;
import dev.ipmi.lan.SessionOptions;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A command session that opens a new session when the BMC loses the current one (enabled by
 * {@link SessionOptions#reestablishOnLoss()}). Requests caught by the loss fail with
 * {@link SessionLostException} — except read-only ones, which are sent once more on the new
 * session — and later requests wait for the new session. It keeps a copy of the credentials
 * until closed, which is the price of reconnecting. SOL consoles cannot attach to it: a console
 * must never reconnect on its own.
 */
final class ReestablishingSession implements IpmiSession {
    private final ClientEngine engine;
    private final BmcAddress bmc;
    private final Credentials credentials;
    private final SessionOptions options;
    private volatile LanSession current;
    private CompletableFuture<LanSession> reopening;
    private volatile boolean closed;

    ReestablishingSession(ClientEngine engine, BmcAddress bmc, Credentials credentials, SessionOptions options,
            LanSession first) {
        this.engine = engine;
        this.bmc = bmc;
        this.credentials = credentials;
        this.options = options;
        this.current = first;
    }

    private synchronized CompletableFuture<LanSession> session() {
        if (closed) {
            return CompletableFuture.failedFuture(new SessionLostException("session closed"));
        }
        if (current.isOpen()) {
            return CompletableFuture.completedFuture(current);
        }
        if (reopening == null) {
            reopening = engine.openSession(bmc, credentials, options.withReestablishOnLoss(false))
                    .thenApply(s -> {
                        synchronized (this) {
                            current = (LanSession) s;
                            reopening = null;
                            if (closed) {
                                s.closeAsync();
                            }
                        }
                        return (LanSession) s;
                    });
            reopening.exceptionally(t -> {
                synchronized (this) {
                    reopening = null;
                }
                return null;
            });
        }
        return reopening;
    }

    private <T> CompletableFuture<T> run(Function<LanSession, CompletableFuture<T>> call, boolean mayRepeat) {
        return session().thenCompose(s -> call.apply(s).handle((v, t) -> {
            Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
            if (cause instanceof SessionLostException && mayRepeat && !closed) {
                return session().thenCompose(call);
            }
            return t == null ? CompletableFuture.completedFuture(v) : CompletableFuture.<T>failedFuture(cause);
        }).thenCompose(Function.identity()));
    }

    @Override
    public <R> CompletableFuture<R> send(IpmiRequest<R> request) {
        return run(s -> s.send(request), !request.spec().sideEffects());
    }

    @Override
    public <R> CompletableFuture<R> send(IpmiRequest<R> request, BridgeTarget target) {
        return run(s -> s.send(request, target), false); // bridged requests travel in Send Message: a side effect
    }

    @Override
    public <R> R sendBlocking(IpmiRequest<R> request) throws IOException {
        return ClientEngine.await(send(request));
    }

    @Override
    public CompletableFuture<RawResponse> sendRaw(NetFn netFn, int command, byte[] data) {
        return run(s -> s.sendRaw(netFn, command, data), false);
    }

    @Override
    public RawResponse sendRawBlocking(NetFn netFn, int command, byte[] data) throws IOException {
        return ClientEngine.await(sendRaw(netFn, command, data));
    }

    @Override
    public BmcAddress bmc() {
        return bmc;
    }

    @Override
    public IpmiVersion version() {
        return current.version();
    }

    @Override
    public CipherSuite cipherSuite() {
        return current.cipherSuite();
    }

    @Override
    public AuthType authType() {
        return current.authType();
    }

    @Override
    public PrivilegeLevel privilege() {
        return current.privilege();
    }

    @Override
    public int bmcSessionId() {
        return current.bmcSessionId();
    }

    @Override
    public int consoleSessionId() {
        return current.consoleSessionId();
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        synchronized (this) {
            closed = true;
        }
        credentials.close();
        return current.closeAsync();
    }

    @Override
    public void close() {
        closeAsync();
        current.close();
    }

    @Override
    public String toString() {
        return "Reestablishing" + current;
    }
}
