package dev.ipmi.core.command.user;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** User names travel as 16 ASCII bytes, NUL padded (IPMI v2.0 sections 22.28, 22.29). */
final class UserNames {
    static final int LENGTH = 16;

    private UserNames() {}

    static void check(String name) {
        if (name.getBytes(StandardCharsets.US_ASCII).length > LENGTH) {
            throw new IllegalArgumentException("user name is at most 16 bytes");
        }
    }

    static void encode(ByteBuffer out, String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        out.put(b).put(new byte[LENGTH - b.length]);
    }

    static String decode(ByteBuffer in, String structure) throws MalformedPacketException {
        byte[] b = Wire.bytes(in, LENGTH, structure);
        int n = 0;
        while (n < LENGTH && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.US_ASCII);
    }
}
