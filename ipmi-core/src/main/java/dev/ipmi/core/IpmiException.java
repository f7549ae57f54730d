package dev.ipmi.core;

import java.io.IOException;

/**
 * Base of every exception this library throws for protocol, transport and BMC failures.
 *
 * <p>It is an {@link IOException} because every failure it describes comes from talking to a
 * remote device. Messages never contain passwords, keys or other secrets.
 */
public class IpmiException extends IOException {
    private static final long serialVersionUID = 1L;

    public IpmiException(String message) {
        super(message);
    }

    public IpmiException(String message, Throwable cause) {
        super(message, cause);
    }
}
