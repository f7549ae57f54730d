package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.NetFn;
import java.nio.ByteBuffer;

/**
 * A reusable, allocation-free reader of an IPMI LAN response (IPMI v2.0 section 13.8, table
 * 13-4; layout in {@link IpmiLanResponse}): {@link #wrap} validates the message in place and
 * the accessors read its fields; the response data stay in the buffer, located by
 * {@link #dataOffset()} and {@link #dataLength()}.
 *
 * <p>Meant for the per-packet path: one instance per receiving thread, re-wrapped for every
 * datagram. Not thread-safe; the buffer must not change while the view is in use.
 *
 * <pre>{@code
 * view.wrap(payload);                                   // throws on bad checksums
 * if (view.rqSeq() == pending.rqSeq() && view.answers(spec.netFn(), spec.command())) {
 *     ByteBuffer data = payload.slice(view.dataOffset(), view.dataLength());
 * }
 * }</pre>
 */
public final class IpmiLanResponseView {
    /** Bytes of framing around the data: 6 header bytes, completion code, checksum 2. */
    public static final int OVERHEAD = 8;

    private static final String NAME = "IPMI LAN response";

    private ByteBuffer buffer;
    private int start;
    private int length;

    /** An empty view; {@link #wrap} it around a message before reading. */
    public IpmiLanResponseView() {}

    /**
     * Validates the response in {@code message} from its position to its limit (the whole
     * session payload) and makes this view read it. Does not move the buffer's position.
     *
     * @throws MalformedPacketException when shorter than 8 bytes, a checksum is wrong or the
     *                                  network function is a request (even) one; the view is
     *                                  then empty
     */
    public IpmiLanResponseView wrap(ByteBuffer message) throws MalformedPacketException {
        buffer = null;
        Wire.need(message, OVERHEAD, NAME);
        int p = message.position();
        int n = message.remaining();
        LanChecksums.verify(message, p, n, NAME);
        int netFnLun = message.get(p + 1) & 0xFF;
        if ((netFnLun & 0x04) == 0) {
            throw new MalformedPacketException(String.format("%s: NetFn %02Xh is a request", NAME, netFnLun >>> 2));
        }
        buffer = message;
        start = p;
        length = n;
        return this;
    }

    private int at(int offset) {
        if (buffer == null) {
            throw new IllegalStateException("no valid response wrapped");
        }
        return buffer.get(start + offset) & 0xFF;
    }

    /** Requester's address (the console, 81h). */
    public int rqAddr() {
        return at(0);
    }

    /** The request network function this answers (even: the wire value minus one). */
    public NetFn netFn() {
        return new NetFn(at(1) >>> 2 & 0x3E);
    }

    /** Whether this answers a request with that network function and command. */
    public boolean answers(NetFn requestNetFn, int command) {
        return at(1) >>> 2 == requestNetFn.responseCode() && at(5) == command;
    }

    /** Requester's LUN. */
    public int rqLun() {
        return at(1) & 3;
    }

    /** Responder's address (the BMC, 20h). */
    public int rsAddr() {
        return at(3);
    }

    /** The requester's sequence number echoed from the request, 0-63. */
    public int rqSeq() {
        return at(4) >>> 2;
    }

    /** Responder's LUN. */
    public int rsLun() {
        return at(4) & 3;
    }

    public int command() {
        return at(5);
    }

    public CompletionCode completionCode() {
        return CompletionCode.of(at(6));
    }

    /** Absolute index of the first data byte (after the completion code) in the wrapped buffer. */
    public int dataOffset() {
        at(0);
        return start + 7;
    }

    /** Number of data bytes after the completion code, possibly 0. */
    public int dataLength() {
        at(0);
        return length - OVERHEAD;
    }

    /** A copy of the data bytes. */
    public byte[] copyData() {
        byte[] data = new byte[dataLength()];
        buffer.get(dataOffset(), data);
        return data;
    }
}
