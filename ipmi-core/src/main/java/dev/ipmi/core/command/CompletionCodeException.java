package dev.ipmi.core.command;

import dev.ipmi.core.IpmiException;

/**
 * The BMC answered a command with a completion code other than 00h. Carries the code and
 * the command so that callers can react to specific codes (C5h reservation cancelled,
 * CAh cannot return that many bytes, D4h insufficient privilege, ...).
 */
public class CompletionCodeException extends IpmiException {
    private static final long serialVersionUID = 1L;

    private final transient CompletionCode code;
    private final transient CommandSpec command;

    public CompletionCodeException(CommandSpec command, CompletionCode code) {
        super(command + " failed: completion code " + code);
        this.code = code;
        this.command = command;
    }

    public CompletionCode code() {
        return code;
    }

    public CommandSpec command() {
        return command;
    }
}
