package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;

/**
 * Feeds a buffer's remaining bytes to a MAC or digest without the temporary array the JCA
 * allocates for direct buffers: heap buffers go straight from their array, direct ones through
 * a reusable scratch array. One per algorithm instance; not thread-safe.
 */
final class Feed {
    /** Where the bytes go, e.g. {@code mac::update}. */
    @FunctionalInterface
    interface Sink {
        void update(byte[] b, int off, int len);
    }

    private final Sink sink;
    private final byte[] scratch = new byte[256];

    Feed(Sink sink) {
        this.sink = sink;
    }

    /** Feeds position..limit and leaves the position at the limit. */
    void all(ByteBuffer in) {
        if (in.hasArray()) {
            sink.update(in.array(), in.arrayOffset() + in.position(), in.remaining());
            in.position(in.limit());
            return;
        }
        while (in.hasRemaining()) {
            int n = Math.min(scratch.length, in.remaining());
            in.get(scratch, 0, n);
            sink.update(scratch, 0, n);
        }
    }

    /** Feeds bytes {@code from} (inclusive) to {@code to} (exclusive) by absolute index; {@code in} is not moved. */
    void range(ByteBuffer in, int from, int to) {
        if (in.hasArray()) {
            sink.update(in.array(), in.arrayOffset() + from, to - from);
            return;
        }
        for (int at = from; at < to; ) {
            int n = Math.min(scratch.length, to - at);
            in.get(at, scratch, 0, n);
            sink.update(scratch, 0, n);
            at += n;
        }
    }
}
