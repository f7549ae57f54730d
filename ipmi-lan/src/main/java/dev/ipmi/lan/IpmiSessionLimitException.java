package dev.ipmi.lan;

import dev.ipmi.core.IpmiException;

/**
 * The BMC has no free session slot (RMCP+ status 01h / 0Bh, IPMI 1.5 completion code C4h on
 * Get Session Challenge / Activate Session). Close sessions, or wait for idle ones to time out.
 */
public class IpmiSessionLimitException extends IpmiException {
    private static final long serialVersionUID = 1L;

    public IpmiSessionLimitException(String message) {
        super(message);
    }
}
