package dev.ipmi.sol;

import java.time.Instant;

/**
 * Something that happened to a console, delivered to {@link SolListener#onEvent}. Events that
 * end the console ({@link Stolen}, {@link Deactivated}, {@link SessionLost}) are followed by
 * {@link SolListener#onClose}.
 *
 * <pre>{@code
 * switch (event) {
 *     case SolEvent.Stolen s -> alert("console taken by " + s.newOwner() + " (" + s.signal() + ")");
 *     default -> log(event);
 * }
 * }</pre>
 */
public sealed interface SolEvent {
    /** When the console noticed. */
    Instant at();

    /** Which signal revealed a stolen console. */
    enum Signal {
        /** The BMC set "SOL deactivating" in a SOL packet. */
        DEACTIVATING_BIT,
        /** Get Payload Instance Info (or Activation Status) no longer names our session. */
        OWNERSHIP_PROBE,
        /** SOL packets went unanswered through every retry while the IPMI session still answered. */
        RETRIES_EXHAUSTED
    }

    /**
     * Another session took the console. The console has stopped sending SOL, did not send
     * Deactivate Payload, and will not re-activate; what to do is the application's choice.
     *
     * @param newOwner          what the BMC tells about the new owner; {@code null} when nobody holds it yet
     * @param takeOverRefusedUntil until when {@link SolInUsePolicy#TAKE_OVER} of this console is refused without force
     */
    record Stolen(Instant at, Signal signal, SolOwner newOwner, Instant takeOverRefusedUntil) implements SolEvent {}

    /** The BMC deactivated the payload and nobody else holds it (BMC reset, SOL disabled, ...). */
    record Deactivated(Instant at, String reason) implements SolEvent {}

    /** The host's serial port saw a BREAK. */
    record BreakDetected(Instant at) implements SolEvent {}

    /** The BMC lost characters from the host (its buffer overran). */
    record TransmitOverrun(Instant at) implements SolEvent {}

    /**
     * The BMC started ({@code paused}) or stopped reporting "character transfer unavailable":
     * the host's serial port is flow-controlled (CTS) and is not taking characters. Writes go on as the BMC's NACKs allow.
     */
    record CtsPaused(Instant at, boolean paused) implements SolEvent {}

    /** The BMC NACKed one of our packets; {@code accepted} characters of it were taken. */
    record Nack(Instant at, int sequence, int accepted) implements SolEvent {}

    /** The IPMI session under the console is gone. */
    record SessionLost(Instant at, Throwable cause) implements SolEvent {}
}
