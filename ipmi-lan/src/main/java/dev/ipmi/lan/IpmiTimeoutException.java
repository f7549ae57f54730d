package dev.ipmi.lan;

import dev.ipmi.core.IpmiException;

/**
 * The BMC did not answer within the deadline, after every retransmission the
 * {@link RetryPolicy} allowed. The message says who, how long and how many tries, e.g.
 * {@code "BMC 127.0.0.1:623 did not answer Get Device ID within 5 s (3 tries)"}.
 */
public class IpmiTimeoutException extends IpmiException {
    private static final long serialVersionUID = 1L;

    public IpmiTimeoutException(String message) {
        super(message);
    }
}
