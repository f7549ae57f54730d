package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * SDR type 14h, BMC Message Channel Info Record (IPMI v2.0 rev 1.1 §43.11, table 43-11), an
 * IPMI 1.0 era record.
 *
 * <pre>
 * body  0  8 x channel info: [7] transmit supported  [6:4] message receive LUN  [3:0] protocol
 *       8  messaging interrupt type  9 event message buffer interrupt type  10 reserved
 * </pre>
 */
public record BmcMessageChannelInfoRecord(SdrHeader header, List<ChannelInfo> channels,
                                          int messagingInterruptType, int eventInterruptType)
        implements SdrRecord {
    private static final int BODY = 10;

    /** One channel's byte. */
    public record ChannelInfo(int channel, boolean transmitSupported, int receiveLun, int protocol) { }

    public BmcMessageChannelInfoRecord {
        channels = List.copyOf(channels);
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, BODY + 1, out);
        for (ChannelInfo c : channels) {
            out.put((byte) ((c.transmitSupported() ? 0x80 : 0) | c.receiveLun() << 4 | c.protocol()));
        }
        out.put((byte) messagingInterruptType).put((byte) eventInterruptType).put((byte) 0);
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + BODY + 1;
    }

    static BmcMessageChannelInfoRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, BODY, "BMC message channel info");
        List<ChannelInfo> channels = new ArrayList<>(8);
        for (int i = 0; i < 8; i++) {
            int v = Wire.u8(b);
            channels.add(new ChannelInfo(i, (v & 0x80) != 0, v >>> 4 & 7, v & 0x0F));
        }
        return new BmcMessageChannelInfoRecord(header, channels, Wire.u8(b), Wire.u8(b));
    }
}
