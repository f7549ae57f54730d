package dev.ipmi.lan;

import dev.ipmi.core.IpmiException;

/**
 * An established session stopped working: the BMC forgot it (reboot, idle timeout, another
 * client closed it) or stopped answering while other traffic shows it is alive. Pending and
 * later requests on that session fail with this exception; open a new session to go on.
 */
public class SessionLostException extends IpmiException {
    private static final long serialVersionUID = 1L;

    public SessionLostException(String message) {
        super(message);
    }

    public SessionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
