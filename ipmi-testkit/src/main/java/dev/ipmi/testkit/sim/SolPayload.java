package dev.ipmi.testkit.sim;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The SOL payload of the simulated BMC (IPMI v2.0 chapter 15 and sections 24.1-24.5): payload
 * activation and ownership, the packet layer (sequence numbers, ACK/NACK, accepted character
 * count, retransmission of unacknowledged BMC data) and the stealing behaviours of
 * {@link SolStealing}. Selector thread only; the host side is {@link SolConsole}.
 */
final class SolPayload {
    static final int PAYLOAD_SOL = 0x01;
    /** Largest SOL payload (4 header bytes + characters) either side may send. */
    static final int MAX_PAYLOAD = 256;
    private static final int MAX_CHARS = MAX_PAYLOAD - 4;

    static final int OP_NACK = 0x40;
    static final int OP_BREAK = 0x10;
    static final int STATUS_DEACTIVATING = 0x10;

    private final BmcConfig config;
    private final Engine engine;
    private final SolConsole console;
    private LanProtocol lan;

    private SimSession owner;
    private final Set<Integer> robbed = new HashSet<>();
    private final Timing timing;
    private boolean accumulating;
    private boolean accumulated;
    private int lastInboundSeq;
    private int lastInboundAccepted;
    private int nextOutSeq = 1;
    private byte[] outstanding;
    private int outstandingSeq;
    /** Lengths of the earlier copies of the outstanding packet: retransmissions append new host output. */
    private final BitSet shorterCopies = new BitSet(MAX_PAYLOAD);
    /** A short ACK that may have been meant for a shorter copy was answered by sending the packet once more. */
    private boolean shortAckRechecked;
    private int retries;
    private int generation;

    /** The BMC's SOL timing: SOL configuration parameters 3 and 4 (IPMI v2.0 table 26-5). */
    interface Timing {
        /** Character accumulate interval: how long host output waits for more before it is sent. */
        long accumulateNanos();

        /** Character send threshold: this many pending characters are sent at once. */
        int sendThreshold();

        /** How many times an unacknowledged packet is sent again. */
        int retryCount();

        /** The wait for an ACK before each retry. */
        long retryNanos();
    }

    /** {@code timing} is read at every use: SOL parameters 3 and 4 may be set while a console is active. */
    SolPayload(BmcConfig config, Engine engine, SolConsole console, Timing timing) {
        this.config = config;
        this.timing = timing;
        this.engine = engine;
        this.console = console;
        console.bind(() -> engine.post(this::pump), () -> engine.post(this::deactivateByBmc));
    }

    void attach(LanProtocol lan) {
        this.lan = lan;
    }

    // ---------------------------------------------------------------- payload commands

    Reply command(SimSession s, int command, byte[] d) {
        return switch (command) {
            case 0x48 -> activate(s, d);
            case 0x49 -> deactivate(s, d);
            case 0x4A -> config.payloadStatusCommands() ? activationStatus(d) : Reply.cc(0xC1);
            case 0x4B -> config.payloadStatusCommands() ? instanceInfo(d) : Reply.cc(0xC1);
            case 0x4E -> Reply.ok((byte) 0x03, (byte) 0, (byte) 0x3F, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0);
            case 0x4F -> d.length < 2 ? Reply.cc(0xC7) : (d[1] & 0x3F) <= 1 ? Reply.ok((byte) 0x10) : Reply.cc(0x80);
            default -> Reply.cc(0xC1);
        };
    }

    /** Activate Payload (section 24.1): type, instance, 4 aux bytes. */
    private Reply activate(SimSession s, byte[] d) {
        if (d.length < 6) {
            return Reply.cc(0xC7);
        }
        if ((d[0] & 0x3F) != PAYLOAD_SOL) {
            return Reply.cc(0xCC);
        }
        if ((d[1] & 0x0F) != 1) {
            return Reply.cc(0x82); // one SOL instance
        }
        if (!s.v20) {
            return Reply.cc(0xCC);
        }
        if (owner != null) {
            if (owner == s || config.solStealing() != SolStealing.STEAL_ON_ACTIVATE) {
                return Reply.cc(0x80);
            }
            robbed.add(owner.bmcId);
        }
        owner = s;
        robbed.remove(s.bmcId);
        lastInboundSeq = 0;
        lastInboundAccepted = 0;
        outstanding = null;
        generation++;
        console.setActive(true);
        int port = engine.localAddress().getPort();
        return Reply.ok((byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) MAX_PAYLOAD, (byte) (MAX_PAYLOAD >>> 8),
                (byte) MAX_PAYLOAD, (byte) (MAX_PAYLOAD >>> 8), (byte) port, (byte) (port >>> 8), (byte) 0xFF, (byte) 0xFF);
    }

    /** Deactivate Payload (section 24.2): any session may end it; the owner learns it per {@link SolStealing}. */
    private Reply deactivate(SimSession s, byte[] d) {
        if (d.length < 2) {
            return Reply.cc(0xC7);
        }
        if ((d[0] & 0x3F) != PAYLOAD_SOL || (d[1] & 0x0F) != 1) {
            return Reply.cc(0xCC);
        }
        if (owner == null) {
            return Reply.cc(0x80);
        }
        if (owner != s) {
            robbed.add(owner.bmcId);
        }
        release();
        return Reply.ok();
    }

    private Reply activationStatus(byte[] d) {
        if (d.length < 1) {
            return Reply.cc(0xC7);
        }
        if ((d[0] & 0x3F) != PAYLOAD_SOL) {
            return Reply.ok((byte) 0, (byte) 0, (byte) 0);
        }
        return Reply.ok((byte) 1, (byte) (owner != null ? 1 : 0), (byte) 0);
    }

    private Reply instanceInfo(byte[] d) {
        if (d.length < 2) {
            return Reply.cc(0xC7);
        }
        int id = (d[0] & 0x3F) == PAYLOAD_SOL && (d[1] & 0x0F) == 1 && owner != null ? owner.bmcId : 0;
        byte[] r = new byte[12];
        r[0] = (byte) id;
        r[1] = (byte) (id >>> 8);
        r[2] = (byte) (id >>> 16);
        r[3] = (byte) (id >>> 24);
        return Reply.ok(r);
    }

    int ownerSessionId() {
        return owner == null ? 0 : owner.bmcId;
    }

    void onSessionClosed(SimSession s) {
        robbed.remove(s.bmcId);
        if (owner == s) {
            release();
        }
    }

    private void release() {
        owner = null;
        outstanding = null;
        generation++;
        console.setActive(false);
    }

    private void deactivateByBmc() {
        if (owner == null) {
            return;
        }
        SimSession old = owner;
        release();
        send(old, 0, 0, 0, STATUS_DEACTIVATING, new byte[0]);
    }

    // ---------------------------------------------------------------- packets

    void onPacket(SimSession s, ByteBuffer p) {
        if (p.remaining() < 4) {
            return;
        }
        int seq = p.get(0) & 0x0F;
        int ack = p.get(1) & 0x0F;
        int accepted = p.get(2) & 0xFF;
        int op = p.get(3) & 0xFF;
        int dataLength = p.remaining() - 4;
        if (s != owner) {
            if (robbed.remove(s.bmcId) && config.solStealing() != SolStealing.SILENT) {
                boolean nack = seq != 0 && dataLength > 0;
                send(s, 0, nack ? seq : 0, 0, STATUS_DEACTIVATING | (nack ? OP_NACK : 0), new byte[0]);
            }
            return; // ipmi_sim-like: dropped, unanswered
        }
        if (ack != 0 && outstanding != null && ack == outstandingSeq) {
            onAck(accepted, (op & OP_NACK) != 0);
        }
        if (seq != 0 && !stale(seq)) {
            if (seq != lastInboundSeq) {
                byte[] data = new byte[dataLength];
                p.get(4, data);
                console.typed(data, 0, data.length, (op & OP_BREAK) != 0);
                lastInboundSeq = seq;
                lastInboundAccepted = dataLength;
            }
            send(s, 0, seq, lastInboundAccepted, 0, new byte[0]); // (re-)ACK
        }
        pump();
    }

    private void onAck(int accepted, boolean nack) {
        if (nack) {
            retries = 0; // the console is there, only busy: its NACKs never use up the retries
            retransmitSoon();
        } else if (accepted >= outstanding.length) {
            outstanding = null;
        } else if (shorterCopies.get(accepted) && !shortAckRechecked) {
            // Perhaps a late ACK of an earlier, shorter copy: a console that took the appended
            // characters says so when it sees the packet again; one that declined them repeats this.
            shortAckRechecked = true;
            resend();
        } else {
            byte[] rest = new byte[outstanding.length - accepted];
            System.arraycopy(outstanding, accepted, rest, 0, rest.length);
            outstanding = null;
            transmit(rest);
        }
    }

    /**
     * A copy of a packet among the seven before the last: a reordering path delivered it late,
     * and the console, which numbers its packets upwards, cannot mean it as new.
     */
    private boolean stale(int seq) {
        if (lastInboundSeq == 0 || seq == lastInboundSeq) {
            return false;
        }
        int behind = Math.floorMod((lastInboundSeq - 1) - (seq - 1), 15);
        return behind <= 7;
    }

    /**
     * Sends pending host output when nothing is unacknowledged — at once when the character send
     * threshold is reached, else after the character accumulate interval (SOL parameter 3), as a
     * BMC batches a serial port's trickle into packets.
     */
    private void pump() {
        if (owner == null || outstanding != null || !console.hasOutput()) {
            return;
        }
        if (console.pendingOutput() < timing.sendThreshold() && !accumulated) {
            if (!accumulating) {
                accumulating = true;
                engine.schedule(timing.accumulateNanos(), () -> {
                    accumulating = false;
                    accumulated = true;
                    pump();
                });
            }
            return;
        }
        accumulated = false;
        transmit(console.takeOutput(MAX_CHARS));
    }

    private void transmit(byte[] chars) {
        outstanding = chars;
        outstandingSeq = nextOutSeq;
        nextOutSeq = nextOutSeq == 15 ? 1 : nextOutSeq + 1;
        retries = 0;
        shorterCopies.clear();
        shortAckRechecked = false;
        send(owner, outstandingSeq, 0, 0, 0, chars);
        scheduleRetry(timing.retryNanos());
    }

    private void scheduleRetry(long nanos) {
        int g = ++generation;
        engine.schedule(nanos, () -> retry(g));
    }

    /** After a NACK: ask again sooner than after silence. */
    private void retransmitSoon() {
        scheduleRetry(timing.retryNanos() / 5);
    }

    private void retry(int g) {
        if (g != generation || outstanding == null || owner == null) {
            return;
        }
        if (++retries > timing.retryCount() && !config.solRetransmitsUntilAcknowledged()) {
            outstanding = null; // the console is gone; the characters are lost like on a real wire
            pump();
            return;
        }
        resend();
    }

    /** Sends the outstanding packet again under its number, with host output that arrived since appended (as ipmi_sim does). */
    private void resend() {
        int room = MAX_CHARS - outstanding.length;
        if (room > 0 && console.hasOutput()) {
            shorterCopies.set(outstanding.length);
            byte[] more = console.takeOutput(room);
            byte[] grown = Arrays.copyOf(outstanding, outstanding.length + more.length);
            System.arraycopy(more, 0, grown, outstanding.length, more.length);
            outstanding = grown;
        }
        send(owner, outstandingSeq, 0, 0, 0, outstanding);
        scheduleRetry(timing.retryNanos());
    }

    private void send(SimSession s, int seq, int ack, int accepted, int status, byte[] chars) {
        ByteBuffer b = ByteBuffer.allocate(4 + chars.length);
        b.put((byte) seq).put((byte) ack).put((byte) accepted).put((byte) status).put(chars).flip();
        lan.sendSol(s, b);
    }
}
