package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The IPMI 2.0 session trailer of authenticated packets (IPMI v2.0 section 13.6, table 13-8;
 * integrity in section 13.28.4).
 *
 * <pre>
 *  ... session header ... payload | integrity pad | pad length | next header | auth code
 *                                 | 0-3 x FFh     | 1 byte     | 07h         | N bytes
 *  |&lt;-- integrity data: from the auth type byte through next header, a multiple of 4 --&gt;|
 * </pre>
 *
 * The auth code is the integrity algorithm's MAC over the integrity data; its length N
 * depends on the negotiated algorithm (12 for HMAC-SHA1-96, 16 for HMAC-MD5-128, MD5-128 and
 * HMAC-SHA256-128), so decoding takes it as a parameter.
 *
 * <p>Encoding without an intermediate record, as the session layer does per packet:
 * <pre>{@code
 * int pad = SessionTrailerV20.padLength(header.encodedLength() + payloadLength);
 * SessionTrailerV20.encodePadding(out, pad);   // pad, pad length, next header
 * // MAC the bytes from the auth type byte to here, then out.put(mac, 0, n)
 * }</pre>
 *
 * @param padLength the number of integrity pad bytes, 0-3
 * @param authCode  the integrity algorithm's auth code
 */
public record SessionTrailerV20(int padLength, byte[] authCode) {
    /** The next header byte: always 07h. */
    public static final int NEXT_HEADER = 0x07;

    private static final String NAME = "IPMI 2.0 session trailer";

    public SessionTrailerV20 {
        Objects.requireNonNull(authCode, "authCode");
        if (padLength < 0 || padLength > 3) {
            throw new IllegalArgumentException("integrity pad is 0-3 bytes: " + padLength);
        }
        authCode = authCode.clone();
    }

    /**
     * The integrity pad for a packet whose session header and payload (from the auth type byte
     * to the last payload byte) take {@code headerAndPayloadLength} bytes: the pad makes that
     * length plus the pad length and next header bytes a multiple of 4.
     */
    public static int padLength(int headerAndPayloadLength) {
        return (4 - (headerAndPayloadLength + 2) % 4) % 4;
    }

    /** Bytes of integrity data, the MAC input: header and payload, pad, pad length and next header. */
    public static int integrityDataLength(int headerAndPayloadLength) {
        return headerAndPayloadLength + padLength(headerAndPayloadLength) + 2;
    }

    /** Writes the pad ({@code padLength} x FFh), the pad length and the next header byte. */
    public static void encodePadding(ByteBuffer out, int padLength) {
        for (int i = 0; i < padLength; i++) {
            out.put((byte) 0xFF);
        }
        out.put((byte) padLength).put((byte) NEXT_HEADER);
    }

    /**
     * Reads the trailer that occupies all remaining bytes of {@code in} (the datagram ends with
     * the auth code). The pad length byte must agree with the number of bytes before it and the
     * next header must be 07h. Pad bytes are not checked: the MAC covers them.
     */
    public static SessionTrailerV20 decode(ByteBuffer in, int authCodeLength) throws MalformedPacketException {
        if (authCodeLength < 0) {
            throw new IllegalArgumentException("auth code length " + authCodeLength);
        }
        Wire.need(in, authCodeLength + 2, NAME);
        int pad = in.remaining() - authCodeLength - 2;
        int end = in.limit() - authCodeLength;
        int padByte = in.get(end - 2) & 0xFF;
        if (padByte != pad || pad > 3) {
            throw new MalformedPacketException(NAME + ": pad length byte " + padByte + " but " + pad + " pad bytes");
        }
        int next = in.get(end - 1) & 0xFF;
        if (next != NEXT_HEADER) {
            throw new MalformedPacketException(String.format("%s: next header %02Xh, want 07h", NAME, next));
        }
        in.position(end);
        return new SessionTrailerV20(pad, Wire.bytes(in, authCodeLength, NAME));
    }

    public void encode(ByteBuffer out) {
        encodePadding(out, padLength);
        out.put(authCode);
    }

    public int encodedLength() {
        return padLength + 2 + authCode.length;
    }

    /** A copy of the auth code. */
    @Override
    public byte[] authCode() {
        return authCode.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionTrailerV20 t && t.padLength == padLength && Arrays.equals(t.authCode, authCode);
    }

    @Override
    public int hashCode() {
        return 31 * padLength + Arrays.hashCode(authCode);
    }

    @Override
    public String toString() {
        return "SessionTrailerV20[padLength=" + padLength + ", authCode=" + Wire.hex(authCode) + "]";
    }
}
