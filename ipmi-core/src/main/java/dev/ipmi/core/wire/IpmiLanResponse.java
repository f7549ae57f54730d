package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.NetFn;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IPMI response message as carried in a LAN session payload (IPMI v2.0 section 13.8,
 * table 13-4). Checksums are 2's complement: the covered bytes plus the checksum sum to zero.
 *
 * <pre>
 *  byte 0        1               2           3        4              5     6     7..n-2  n-1
 *  +-----------+---------------+-----------+--------+--------------+-----+-----+-------+-----------+
 *  | rqAddr    | [7:2] netFn+1 | checksum 1| rsAddr | [7:2] rqSeq  | cmd | cc  | data  | checksum 2|
 *  | (81h)     | [1:0] rqLUN   | of 0..1   | (20h)  | [1:0] rsLUN  |     |     | 0..n  | of 3..n-2 |
 *  +-----------+---------------+-----------+--------+--------------+-----+-----+-------+-----------+
 * </pre>
 *
 * The message is the whole session payload: {@link #decode} consumes every remaining byte.
 * This record copies the data; {@link IpmiLanResponseView} reads a response in place.
 *
 * @param rqAddr         requester's address (81h: remote console software ID)
 * @param netFn          the network function of the request answered (even); the wire carries it plus one
 * @param rqLun          requester's LUN, 0-3
 * @param rsAddr         responder's address (20h for the BMC)
 * @param rqSeq          the request's sequence number, 0-63
 * @param rsLun          responder's LUN, 0-3
 * @param command        command byte
 * @param completionCode completion code
 * @param data           response data after the completion code, possibly empty
 */
public record IpmiLanResponse(int rqAddr, NetFn netFn, int rqLun, int rsAddr, int rqSeq, int rsLun, int command,
        CompletionCode completionCode, byte[] data) {

    public IpmiLanResponse {
        Objects.requireNonNull(netFn, "netFn");
        Objects.requireNonNull(completionCode, "completionCode");
        Objects.requireNonNull(data, "data");
        if ((netFn.code() & 1) != 0) {
            throw new IllegalArgumentException("give the request's (even) NetFn, got " + netFn.code());
        }
        LanChecksums.checkFields(rqAddr, rqLun, rsAddr, rqSeq, rsLun, command);
        data = data.clone();
    }

    /** Reads a response occupying all remaining bytes; verifies both checksums and the response NetFn bit. */
    public static IpmiLanResponse decode(ByteBuffer in) throws MalformedPacketException {
        IpmiLanResponseView v = new IpmiLanResponseView().wrap(in);
        IpmiLanResponse r = new IpmiLanResponse(v.rqAddr(), v.netFn(), v.rqLun(), v.rsAddr(), v.rqSeq(), v.rsLun(),
                v.command(), v.completionCode(), v.copyData());
        in.position(in.limit());
        return r;
    }

    public void encode(ByteBuffer out) {
        int start = out.position();
        out.put((byte) rqAddr).put((byte) (netFn.responseCode() << 2 | rqLun));
        out.put((byte) Wire.checksum(out, start, 2));
        out.put((byte) rsAddr).put((byte) (rqSeq << 2 | rsLun)).put((byte) command)
                .put((byte) completionCode.value()).put(data);
        out.put((byte) Wire.checksum(out, start + 3, out.position() - start - 3));
    }

    public int encodedLength() {
        return IpmiLanResponseView.OVERHEAD + data.length;
    }

    /** A copy of the data. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpmiLanResponse r && r.rqAddr == rqAddr && r.netFn.equals(netFn) && r.rqLun == rqLun
                && r.rsAddr == rsAddr && r.rqSeq == rqSeq && r.rsLun == rsLun && r.command == command
                && r.completionCode.equals(completionCode) && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rqAddr, netFn, rqLun, rsAddr, rqSeq, rsLun, command, completionCode, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return String.format("IpmiLanResponse[%s cmd=%02Xh rqSeq=%d cc=%s rqAddr=%02Xh/%d rsAddr=%02Xh/%d data=%s]",
                netFn, command, rqSeq, completionCode, rqAddr, rqLun, rsAddr, rsLun, Wire.hex(data));
    }
}
