package dev.ipmi.sol;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.payload.ActivatePayload;
import dev.ipmi.core.command.payload.DeactivatePayload;
import dev.ipmi.core.command.payload.GetPayloadActivationStatus;
import dev.ipmi.core.command.payload.GetPayloadInstanceInfo;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.core.command.user.GetUserName;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A fake BMC behind a {@link SolLink}, for protocol tests without a network: the BMC side of
 * SOL (ACK/NACK, partial accepts, duplicate detection, its own retransmission with characters
 * appended), the payload commands, the three stealing behaviours, and a lossy path
 * (drop / duplicate / reorder SOL packets both ways). Everything runs on one thread, the "loop".
 */
final class FakeBmc implements SolLink {
    static final int OUR_SESSION = 0x1000;
    static final int THIEF_SESSION = 0x2222;

    enum StealMode { SILENT, DEACTIVATING_BIT, STEAL_ON_ACTIVATE }

    final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-bmc");
        t.setDaemon(true);
        return t;
    });
    private final Random random = new Random(42);

    // configuration (set before use)
    volatile int inboundPayloadSize = 32;
    volatile int acceptLimit = Integer.MAX_VALUE;
    volatile boolean nackFirstAttempt;
    volatile boolean statusCommands = true;
    volatile boolean instanceInfoCommand = true;
    volatile boolean fakeDeactivate;
    volatile double loss;
    volatile StealMode stealMode = StealMode.SILENT;
    volatile boolean ackEmptyPackets = true;
    volatile int statusBitsOnData;
    volatile boolean sessionGone;
    /** How many of the console's next ACKs are lost on the way. */
    volatile int acksToLose;

    // state (loop thread)
    volatile int owner;
    private boolean stolen;
    private final ByteArrayOutputStream host = new ByteArrayOutputStream();
    private int lastSeq;
    private int lastAccepted;
    private final ArrayDeque<Byte> outQueue = new ArrayDeque<>();
    private byte[] outInflight;
    /** Lengths of earlier copies of the packet in flight: a retransmission picks up characters queued since. */
    private final java.util.BitSet shorterCopies = new java.util.BitSet();
    private int outSeq;
    private boolean outPaused;
    private ScheduledFuture<?> outTimer;
    private Consumer<ByteBuffer> handler;
    private final Runnable[] heldToConsole = new Runnable[1];
    private final Runnable[] heldToBmc = new Runnable[1];
    private boolean nackedOnce;

    // observations
    final List<Throwable> handlerFailures = new CopyOnWriteArrayList<>();
    final List<SolPacket> fromConsole = new CopyOnWriteArrayList<>();
    final List<IpmiRequest<?>> commands = new CopyOnWriteArrayList<>();

    // ---------------------------------------------------------------- test controls

    byte[] hostReceived() {
        synchronized (host) {
            return host.toByteArray();
        }
    }

    /** The host prints {@code data}: the BMC sends it to the console. */
    void hostPrints(byte[] data) {
        loop.execute(() -> {
            for (byte b : data) {
                outQueue.add(b);
            }
            sendNext();
        });
    }

    /** Hands raw payload bytes to the console, as a BMC (or an attacker) could send them. */
    void toConsole(byte[] payload) {
        lossy(true, () -> {
            if (handler != null) {
                handOver(ByteBuffer.wrap(payload));
            }
        });
    }

    /** Hands {@code p} to the console as if the BMC had sent it, outside the BMC's own packet state. */
    void toConsole(SolPacket p) {
        deliver(p);
    }

    /** Someone else deactivates our payload and activates their own, as {@link #stealMode} says. */
    void steal() {
        loop.execute(() -> {
            stolen = true;
            owner = THIEF_SESSION;
            if (stealMode == StealMode.DEACTIVATING_BIT || stealMode == StealMode.STEAL_ON_ACTIVATE) {
                deliver(new SolPacket(0, 0, 0, SolStatus.DEACTIVATING, Octets.EMPTY));
            }
        });
    }

    /** Someone deactivates our payload and nobody activates it; the BMC tells us nothing. */
    void deactivateSilently() {
        loop.execute(() -> {
            stolen = true;
            owner = 0;
        });
    }

    long count(Class<?> command) {
        return commands.stream().filter(command::isInstance).count();
    }

    void close() {
        loop.shutdownNow();
    }

    // ---------------------------------------------------------------- SolLink

    @Override
    public int bmcSessionId() {
        return OUR_SESSION;
    }

    @Override
    public String bmcKey() {
        return "fake-" + System.identityHashCode(this);
    }

    @Override
    public boolean encryption() {
        return true;
    }

    @Override
    public boolean authentication() {
        return true;
    }

    @Override
    public void attach(Consumer<ByteBuffer> h) {
        handler = h;
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(task);
    }

    @Override
    public void send(SolPacket packet) {
        fromConsole.add(packet);
        lossy(false, () -> onConsolePacket(packet));
    }

    @Override
    public CompletableFuture<Void> closeSession() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> send(IpmiRequest<R> request) {
        commands.add(request);
        if (sessionGone) {
            return CompletableFuture.failedFuture(new dev.ipmi.lan.SessionLostException("the BMC forgot the session"));
        }
        CompletableFuture<R> f = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                f.complete((R) answer(request));
            } catch (CompletionCodeException e) {
                f.completeExceptionally(e);
            }
        });
        // IPMI responses complete off the loop, as the LAN client's do.
        return f.thenApplyAsync(r -> r);
    }

    private Object answer(IpmiRequest<?> r) throws CompletionCodeException {
        if (r instanceof GetPayloadInstanceInfo) {
            require(statusCommands && instanceInfoCommand, r);
            return new GetPayloadInstanceInfo.Response(owner, Octets.of(new byte[8]));
        }
        if (r instanceof GetPayloadActivationStatus) {
            require(statusCommands, r);
            return new GetPayloadActivationStatus.Response(1, owner != 0 ? 1 : 0);
        }
        if (r instanceof ActivatePayload) {
            if (stolen && stealMode == StealMode.STEAL_ON_ACTIVATE || owner != 0 && owner != OUR_SESSION) {
                throw new CompletionCodeException(r.spec(), CompletionCode.of(0x80));
            }
            owner = OUR_SESSION;
            return new ActivatePayload.Response(Octets.of(new byte[4]), inboundPayloadSize, 255, 623, 0xFFFF);
        }
        if (r instanceof DeactivatePayload) {
            if (owner == 0) {
                throw new CompletionCodeException(r.spec(), CompletionCode.of(0x80));
            }
            if (!fakeDeactivate) {
                owner = 0;
            }
            return new DeactivatePayload.Response();
        }
        if (r instanceof GetSessionInfo) {
            return new GetSessionInfo.Response(2, 10, 2, new GetSessionInfo.Session(3, PrivilegeLevel.OPERATOR, true, 1,
                    new GetSessionInfo.LanPeer(Octets.of((byte) 192, (byte) 0, (byte) 2, (byte) 7), Octets.of(new byte[6]), 623)));
        }
        if (r instanceof GetUserName) {
            return new GetUserName.Response("operator");
        }
        throw new CompletionCodeException(r.spec(), CompletionCode.INVALID_COMMAND);
    }

    private static void require(boolean supported, IpmiRequest<?> r) throws CompletionCodeException {
        if (!supported) {
            throw new CompletionCodeException(r.spec(), CompletionCode.INVALID_COMMAND);
        }
    }

    // ---------------------------------------------------------------- the BMC's SOL side (loop)

    /**
     * Drops, duplicates or reorders one packet; a reordered packet is held back and released
     * right after the next one in the same direction (or after 30 ms), like LossyUdpProxy.
     */
    private void lossy(boolean toConsole, Runnable deliverIt) {
        loop.execute(() -> {
            Runnable[] held = toConsole ? heldToConsole : heldToBmc;
            if (loss > 0) {
                double x = random.nextDouble();
                if (x < loss / 3) {
                    return; // dropped
                }
                if (x < 2 * loss / 3) {
                    deliverIt.run(); // duplicated
                } else if (x < loss && held[0] == null) {
                    held[0] = deliverIt;
                    loop.schedule(() -> release(held), 30, TimeUnit.MILLISECONDS);
                    return;
                }
            }
            deliverIt.run();
            release(held);
        });
    }

    /** Gives the console a payload; what its handler throws is kept for the test, as a network stack would not. */
    private void handOver(ByteBuffer payload) {
        try {
            handler.accept(payload);
        } catch (RuntimeException e) {
            handlerFailures.add(e);
        }
    }

    private static void release(Runnable[] held) {
        Runnable r = held[0];
        held[0] = null;
        if (r != null) {
            r.run();
        }
    }

    private void deliver(SolPacket p) {
        ByteBuffer b = ByteBuffer.allocate(p.encodedLength());
        p.encode(b);
        b.flip();
        lossy(true, () -> {
            if (handler != null) {
                handOver(b.duplicate());
            }
        });
    }

    private void onConsolePacket(SolPacket p) {
        if (sessionGone) {
            return;
        }
        if (p.isAck() && acksToLose > 0) {
            acksToLose--;
            return;
        }
        if (owner != OUR_SESSION) {
            if (stolen && stealMode != StealMode.SILENT) {
                deliver(new SolPacket(0, p.sequence(), 0, SolStatus.NACK | SolStatus.DEACTIVATING, Octets.EMPTY));
            }
            return; // ipmi_sim: silence
        }
        if (p.isAck()) {
            onAck(p);
        }
        if (p.sequence() == 0) {
            return;
        }
        if (p.data().length() == 0 && !ackEmptyPackets) {
            return;
        }
        if (p.sequence() == lastSeq) {
            deliver(SolPacket.ack(p.sequence(), lastAccepted, false));
            return;
        }
        if (lastSeq != 0 && Math.floorMod(lastSeq - p.sequence(), 15) <= 7) {
            return; // a late copy of an older packet (reordered): a careful BMC ignores it
        }
        if (nackFirstAttempt && !nackedOnce && p.data().length() > 0) {
            nackedOnce = true;
            deliver(new SolPacket(0, p.sequence(), 0, SolStatus.NACK, Octets.EMPTY));
            return;
        }
        nackedOnce = false;
        byte[] d = p.data().toByteArray();
        int n = Math.min(d.length, acceptLimit);
        synchronized (host) {
            host.write(d, 0, n);
        }
        lastSeq = p.sequence();
        lastAccepted = n;
        deliver(SolPacket.ack(p.sequence(), n, false));
    }

    private void onAck(SolPacket p) {
        if (outInflight == null || p.ackSequence() != outSeq) {
            return;
        }
        if (p.acceptedCount() < outInflight.length && shorterCopies.get(p.acceptedCount()) && !p.operation().nack()) {
            return; // a late ACK of a shorter copy: the console acknowledges the longer one when it arrives
        }
        int k = Math.min(p.acceptedCount(), outInflight.length);
        for (int i = 0; i < k; i++) {
            outQueue.poll();
        }
        outTimer.cancel(false);
        outInflight = null;
        outPaused = p.operation().nack();
        sendNext();
    }

    private void sendNext() {
        if (outInflight != null || outPaused || outQueue.isEmpty() || stolen) {
            if (outPaused && outInflight == null) {
                // a NACKed BMC asks again later, as a real one retries its packet
                outTimer = loop.schedule(() -> {
                    outPaused = false;
                    sendNext();
                }, 20, TimeUnit.MILLISECONDS);
            }
            return;
        }
        outSeq = outSeq == 15 ? 1 : outSeq + 1;
        shorterCopies.clear();
        transmitOut();
    }

    /** (Re)sends the head of the queue under the current number; a retransmission picks up characters queued since. */
    private void transmitOut() {
        int n = Math.min(outQueue.size(), 200);
        byte[] chars = new byte[n];
        int i = 0;
        for (Byte b : outQueue) {
            if (i == n) {
                break;
            }
            chars[i++] = b;
        }
        if (outInflight != null && chars.length > outInflight.length) {
            shorterCopies.set(outInflight.length);
        }
        outInflight = chars;
        deliver(new SolPacket(outSeq, 0, 0, statusBitsOnData, Octets.of(chars)));
        outTimer = loop.schedule(() -> {
            if (outInflight == chars) {
                transmitOut();
            }
        }, 5, TimeUnit.MILLISECONDS);
    }
}
