package dev.ipmi.lan.internal;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.session.Rejection;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.session.SequenceWindow;
import java.nio.ByteBuffer;

/** The per-version datagram codec of an established session, behind one shape. */
interface SessionFraming {
    int encodedLength(int payloadLength);

    void encode(int payloadType, int sequence, ByteBuffer payload, ByteBuffer out);

    void parse(ByteBuffer datagram, InboundPacket p) throws MalformedPacketException;

    Rejection verify(ByteBuffer datagram, InboundPacket p);

    int open(ByteBuffer datagram, InboundPacket p, ByteBuffer out) throws MalformedPacketException;

    SequenceWindow newWindow();

    /** RMCP+ framing. */
    static SessionFraming rmcpPlus(RmcpPlusCodec codec) {
        return new SessionFraming() {
            @Override
            public int encodedLength(int n) {
                return codec.encodedLength(n);
            }

            @Override
            public void encode(int type, int seq, ByteBuffer payload, ByteBuffer out) {
                codec.encode(type, seq, payload, out);
            }

            @Override
            public void parse(ByteBuffer d, InboundPacket p) throws MalformedPacketException {
                RmcpPlusCodec.parse(d, p);
            }

            @Override
            public Rejection verify(ByteBuffer d, InboundPacket p) {
                return codec.verify(d, p);
            }

            @Override
            public int open(ByteBuffer d, InboundPacket p, ByteBuffer out) throws MalformedPacketException {
                return codec.open(d, p, out);
            }

            @Override
            public SequenceWindow newWindow() {
                return SequenceWindow.v20();
            }
        };
    }

    /** IPMI 1.5 framing; only IPMI message payloads exist there. */
    static SessionFraming ipmi15(Ipmi15Codec codec) {
        return new SessionFraming() {
            @Override
            public int encodedLength(int n) {
                return codec.encodedLength(n);
            }

            @Override
            public void encode(int type, int seq, ByteBuffer payload, ByteBuffer out) {
                codec.encode(seq, payload, out);
            }

            @Override
            public void parse(ByteBuffer d, InboundPacket p) throws MalformedPacketException {
                Ipmi15Codec.parse(d, p);
            }

            @Override
            public Rejection verify(ByteBuffer d, InboundPacket p) {
                return codec.verify(d, p);
            }

            @Override
            public int open(ByteBuffer d, InboundPacket p, ByteBuffer out) {
                return Ipmi15Codec.open(d, p, out);
            }

            @Override
            public SequenceWindow newWindow() {
                return SequenceWindow.v15();
            }
        };
    }
}
