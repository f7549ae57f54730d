package dev.ipmi.sol;

import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.ConfidentialityAlgorithm;
import dev.ipmi.core.crypto.IntegrityAlgorithm;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.internal.LanSession;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A console's link over the LAN client's session: SOL rides the session's own framing and selector thread. */
final class LanSolLink implements SolLink {
    private final LanSession session;

    LanSolLink(IpmiSession session) {
        if (!(session instanceof LanSession lan)) {
            throw new IllegalArgumentException("not a session of dev.ipmi.lan.IpmiClient: " + session);
        }
        this.session = lan;
    }

    IpmiSession session() {
        return session;
    }

    @Override
    public int bmcSessionId() {
        return session.bmcSessionId();
    }

    @Override
    public String bmcKey() {
        return session.bmc().toString();
    }

    @Override
    public boolean encryption() {
        CipherSuite s = session.cipherSuite();
        return s != null && s.confidentiality() != ConfidentialityAlgorithm.NONE;
    }

    @Override
    public boolean authentication() {
        CipherSuite s = session.cipherSuite();
        return s != null && s.integrity() != IntegrityAlgorithm.NONE;
    }

    @Override
    public void attach(Consumer<ByteBuffer> handler) {
        session.setSolHandler(handler);
    }

    @Override
    public void send(SolPacket packet) {
        // The engine sends from the selector thread: encode into the client's scratch buffer,
        // which sendSol frames at once (no allocation, no copy, no task hop).
        ByteBuffer b = session.onSelectorThread() ? session.payloadScratch()
                : ByteBuffer.allocate(packet.encodedLength());
        packet.encode(b);
        session.sendSol(b.flip());
    }

    @Override
    public void onSessionEnd(Consumer<Exception> onEnd) {
        session.endedFuture().thenAccept(onEnd); // completed on the selector thread: the loop
    }

    @Override
    public void execute(Runnable task) {
        session.runOnSelector(task);
    }

    @Override
    public <R> CompletableFuture<R> send(IpmiRequest<R> request) {
        return session.send(request);
    }

    @Override
    public CompletableFuture<Void> closeSession() {
        return session.closeAsync();
    }
}
