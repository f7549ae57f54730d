package dev.ipmi.core;

/**
 * A datagram, payload or record from the network could not be decoded: too short, an
 * impossible length field, a bad checksum, an unknown mandatory value.
 *
 * <p>The message says which structure failed and why, for example
 * {@code "RAKP 2: want 40 bytes, got 17"}. Decoders throw only this type for bad input;
 * they never leak {@code BufferUnderflowException} or {@code IndexOutOfBoundsException}.
 */
public class MalformedPacketException extends IpmiException {
    private static final long serialVersionUID = 1L;

    public MalformedPacketException(String message) {
        super(message);
    }
}
