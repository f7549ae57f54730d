package dev.ipmi.lan.internal;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.RawResponse;
import dev.ipmi.lan.RetryPolicy;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * One request on its way: what to send (the data are encoded once, so every retransmission is
 * byte-identical), its future, and the retry bookkeeping. Selector thread only, except the
 * future.
 */
final class PendingRequest {
    final CommandSpec spec;
    final byte[] data;
    final CompletableFuture<Object> future;
    private final IpmiRequest<?> typed;
    final RetryPolicy policy;
    final long startNanos;
    final long deadlineNanos;
    /** Internal traffic (keepalive, probes): no request events. */
    final boolean internal;

    /** Set for a bridged request: sent inside Send Message to this target. */
    BridgeTarget bridge;
    /** The BMC accepted the Send Message; the target's answer follows as a second message. */
    boolean bridgeAccepted;
    int rqSeq = -1;
    int attempt;
    Timer attemptTimer;
    Timer deadlineTimer;
    boolean done;

    private PendingRequest(CommandSpec spec, byte[] data, IpmiRequest<?> typed, RetryPolicy policy, boolean internal) {
        this.spec = spec;
        this.data = data;
        this.typed = typed;
        this.policy = policy;
        this.future = new CompletableFuture<>();
        this.startNanos = System.nanoTime();
        this.deadlineNanos = startNanos + policy.deadline().toNanos();
        this.internal = internal;
    }

    /** A catalogued command, its data encoded now. */
    static PendingRequest typed(IpmiRequest<?> request, RetryPolicy policy, boolean internal) {
        ByteBuffer b = ByteBuffer.allocate(request.dataLength());
        request.encodeData(b);
        if (b.hasRemaining()) {
            throw new IllegalStateException(request.spec() + ": encodeData wrote fewer bytes than dataLength()");
        }
        return new PendingRequest(request.spec(), b.array(), request, policy, internal);
    }

    /** A command by number, answered with the raw completion code and data. */
    static PendingRequest raw(NetFn netFn, int command, byte[] data, RetryPolicy policy) {
        CommandSpec spec = new CommandSpec(String.format("raw %s 0x%02x", netFn, command), netFn, command,
                PrivilegeLevel.CALLBACK, true);
        return new PendingRequest(spec, data.clone(), null, policy, false);
    }

    boolean sideEffects() {
        return spec.sideEffects();
    }

    /**
     * Turns the answer into the future's value or failure. Returns the value to complete with, or
     * throws the failure: CompletionCodeException for a non-normal code of a typed command,
     * MalformedPacketException when the data do not decode.
     */
    Object decode(CompletionCode code, ByteBuffer responseData) throws CompletionCodeException, MalformedPacketException {
        if (typed == null) {
            byte[] copy = new byte[responseData.remaining()];
            responseData.get(copy);
            return new RawResponse(code, copy);
        }
        if (!code.isNormal()) {
            throw new CompletionCodeException(spec, code);
        }
        return typed.decodeResponse(responseData);
    }
}
