package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IPMI request message as carried in a LAN session payload (IPMI v2.0 section 13.8,
 * table 13-4). Checksums are 2's complement: the covered bytes plus the checksum sum to zero.
 *
 * <pre>
 *  byte 0        1               2           3        4              5     6..n-2   n-1
 *  +-----------+---------------+-----------+--------+--------------+-----+--------+-----------+
 *  | rsAddr    | [7:2] netFn   | checksum 1| rqAddr | [7:2] rqSeq  | cmd | data   | checksum 2|
 *  | (BMC 20h) | [1:0] rsLUN   | of 0..1   | (81h)  | [1:0] rqLUN  |     | 0..n   | of 3..n-2 |
 *  +-----------+---------------+-----------+--------+--------------+-----+--------+-----------+
 * </pre>
 *
 * The message has no length field: it is the whole session payload, so {@link #decode}
 * consumes every remaining byte of its buffer and the caller limits the buffer to the payload.
 *
 * <p>The record copies its data. The session layer's per-packet path writes straight into
 * the datagram buffer instead:
 * <pre>{@code
 * IpmiLanRequest.encode(out, 0x20, 0, 0x81, rqSeq, 0, new GetDeviceId());
 * }</pre>
 *
 * @param rsAddr  responder's slave address (20h for the BMC)
 * @param netFn   request network function (even)
 * @param rsLun   responder's LUN, 0-3
 * @param rqAddr  requester's address (81h: remote console software ID)
 * @param rqSeq   requester's sequence number, 0-63, echoed by the response
 * @param rqLun   requester's LUN, 0-3
 * @param command command byte
 * @param data    request data, possibly empty
 */
public record IpmiLanRequest(int rsAddr, NetFn netFn, int rsLun, int rqAddr, int rqSeq, int rqLun, int command,
        byte[] data) {
    /** Bytes of framing around the data: 6 header bytes and checksum 2. */
    public static final int OVERHEAD = 7;

    private static final String NAME = "IPMI LAN request";

    public IpmiLanRequest {
        Objects.requireNonNull(data, "data");
        check(rsAddr, netFn, rsLun, rqAddr, rqSeq, rqLun, command);
        data = data.clone();
    }

    /** Bytes a request with {@code dataLength} data bytes takes. */
    public static int encodedLength(int dataLength) {
        return OVERHEAD + dataLength;
    }

    /**
     * Reads a request occupying all remaining bytes; verifies both checksums and that the
     * network function is a request (even) one.
     */
    public static IpmiLanRequest decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, OVERHEAD, NAME);
        int p = in.position();
        int n = in.remaining();
        LanChecksums.verify(in, p, n, NAME);
        int netFnLun = in.get(p + 1) & 0xFF;
        if ((netFnLun & 0x04) != 0) {
            throw new MalformedPacketException(String.format("%s: NetFn %02Xh is a response", NAME, netFnLun >>> 2));
        }
        int seqLun = in.get(p + 4) & 0xFF;
        byte[] data = new byte[n - OVERHEAD];
        in.get(p + 6, data);
        IpmiLanRequest r = new IpmiLanRequest(in.get(p) & 0xFF, new NetFn(netFnLun >>> 2), netFnLun & 3,
                in.get(p + 3) & 0xFF, seqLun >>> 2, seqLun & 3, in.get(p + 5) & 0xFF, data);
        in.position(in.limit());
        return r;
    }

    public void encode(ByteBuffer out) {
        encode(out, rsAddr, netFn, rsLun, rqAddr, rqSeq, rqLun, command, ByteBuffer.wrap(data));
    }

    public int encodedLength() {
        return OVERHEAD + data.length;
    }

    /**
     * Writes a request whose data are the remaining bytes of {@code data} (consumed), without
     * an intermediate copy.
     */
    public static void encode(ByteBuffer out, int rsAddr, NetFn netFn, int rsLun, int rqAddr, int rqSeq, int rqLun,
            int command, ByteBuffer data) {
        check(rsAddr, netFn, rsLun, rqAddr, rqSeq, rqLun, command);
        int start = out.position();
        writeHeader(out, rsAddr, netFn, rsLun, rqAddr, rqSeq, rqLun, command);
        out.put(data);
        out.put((byte) Wire.checksum(out, start + 3, out.position() - start - 3));
    }

    /**
     * Writes a typed request: network function and command from its {@code spec()}, data from
     * its {@code encodeData}, straight into {@code out}.
     *
     * @throws IllegalStateException if {@code encodeData} wrote other than {@code dataLength()} bytes
     */
    public static void encode(ByteBuffer out, int rsAddr, int rsLun, int rqAddr, int rqSeq, int rqLun,
            IpmiRequest<?> request) {
        NetFn netFn = request.spec().netFn();
        int command = request.spec().command();
        check(rsAddr, netFn, rsLun, rqAddr, rqSeq, rqLun, command);
        int start = out.position();
        writeHeader(out, rsAddr, netFn, rsLun, rqAddr, rqSeq, rqLun, command);
        int dataStart = out.position();
        request.encodeData(out);
        int written = out.position() - dataStart;
        if (written != request.dataLength()) {
            throw new IllegalStateException(request.spec() + ": encodeData wrote " + written
                    + " bytes, dataLength() says " + request.dataLength());
        }
        out.put((byte) Wire.checksum(out, start + 3, out.position() - start - 3));
    }

    private static void writeHeader(ByteBuffer out, int rsAddr, NetFn netFn, int rsLun, int rqAddr, int rqSeq,
            int rqLun, int command) {
        int start = out.position();
        out.put((byte) rsAddr).put((byte) (netFn.code() << 2 | rsLun));
        out.put((byte) Wire.checksum(out, start, 2));
        out.put((byte) rqAddr).put((byte) (rqSeq << 2 | rqLun)).put((byte) command);
    }

    private static void check(int rsAddr, NetFn netFn, int rsLun, int rqAddr, int rqSeq, int rqLun, int command) {
        Objects.requireNonNull(netFn, "netFn");
        if ((netFn.code() & 1) != 0) {
            throw new IllegalArgumentException("a request takes the even (request) NetFn, got " + netFn.code());
        }
        LanChecksums.checkFields(rsAddr, rsLun, rqAddr, rqSeq, rqLun, command);
    }

    /** A copy of the data. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpmiLanRequest r && r.rsAddr == rsAddr && r.netFn.equals(netFn) && r.rsLun == rsLun
                && r.rqAddr == rqAddr && r.rqSeq == rqSeq && r.rqLun == rqLun && r.command == command
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rsAddr, netFn, rsLun, rqAddr, rqSeq, rqLun, command, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return String.format("IpmiLanRequest[%s cmd=%02Xh rqSeq=%d rsAddr=%02Xh/%d rqAddr=%02Xh/%d data=%s]",
                netFn, command, rqSeq, rsAddr, rsLun, rqAddr, rqLun, Wire.hex(data));
    }
}
