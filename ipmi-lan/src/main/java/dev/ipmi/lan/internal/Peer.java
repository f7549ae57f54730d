package dev.ipmi.lan.internal;

import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.wire.PresencePong;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.RetryPolicy;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Everything the client knows about one BMC address: its sessionless request traffic (in IPMI
 * 1.5 format with auth type NONE, which every BMC understands), the cipher suite that worked,
 * when it last answered outside a session, pending presence pings, and its IPMI 1.5 sessions
 * (which are addressed by the BMC's session id). Selector thread only.
 */
final class Peer extends RequestPipe {
    final BmcAddress bmc;
    final InetSocketAddress address;
    /** The suite that last opened a session here, tried first next time. */
    Integer rememberedSuite;
    /** When the BMC last answered anything outside a session (liveness probes). */
    long lastSessionlessAnswerNanos;
    final Map<Integer, LanSession> v15Sessions = new HashMap<>();
    final List<CompletableFuture<PresencePong>> pings = new ArrayList<>();
    private int pingTag;

    Peer(ClientEngine engine, BmcAddress bmc, int window, RetryPolicy retry) {
        super(engine, window, retry);
        this.bmc = bmc;
        this.address = bmc.socketAddress();
    }

    @Override
    void sendMessage(ByteBuffer message) {
        ByteBuffer out = engine.datagramBuffer();
        Ipmi15Codec.encodeSessionless(message, out);
        out.flip();
        engine.transport.send(address, out);
    }

    @Override
    String describe() {
        return "BMC " + bmc;
    }

    int nextPingTag() {
        pingTag = (pingTag + 1) & 0xFE; // FFh is reserved for "no ACK" style tags
        return pingTag;
    }
}
