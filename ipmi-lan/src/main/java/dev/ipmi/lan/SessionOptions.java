package dev.ipmi.lan;

import dev.ipmi.core.wire.AuthType;
import java.time.Duration;
import java.util.Objects;

/**
 * Per-session settings beyond the credentials. Immutable; start from {@link #defaults()}.
 *
 * <pre>{@code
 * SessionOptions o = SessionOptions.defaults()
 *         .withCipherSuites(CipherSuitePolicy.explicit(3))
 *         .withKeepalive(Duration.ofSeconds(10));
 * }</pre>
 *
 * @param version             IPMI 2.0 (RMCP+, default) or 1.5
 * @param cipherSuites        RMCP+ suite selection (automatic by default)
 * @param authType            IPMI 1.5 auth type, or {@code null} for the strongest the BMC offers
 *                            (MD5, then MD2, then straight password; NONE only when asked for)
 * @param retryPolicy         request retries, or {@code null} for the client's default
 * @param keepaliveInterval   idle time after which a harmless command keeps the session open
 *                            (BMCs drop idle sessions; ipmi_sim after 30 s); zero disables it
 * @param reestablishOnLoss   re-open a command session the BMC dropped (off by default; never
 *                            used by SOL consoles)
 * @param suiteProbeTimeout   how long to wait for Get Channel Cipher Suites outside a session,
 *                            which many BMCs never answer
 * @param channel             the LAN channel number for channel-specific commands (Get Channel
 *                            Cipher Suites, Get Channel Payload Support), 1 by default; never 0Eh
 *                            for Get Channel Payload Support, which crashes some BMCs
 */
public record SessionOptions(IpmiVersion version, CipherSuitePolicy cipherSuites, AuthType authType,
        RetryPolicy retryPolicy, Duration keepaliveInterval, boolean reestablishOnLoss,
        Duration suiteProbeTimeout, int channel) {

    public SessionOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(cipherSuites, "cipherSuites");
        Objects.requireNonNull(keepaliveInterval, "keepaliveInterval");
        Objects.requireNonNull(suiteProbeTimeout, "suiteProbeTimeout");
        if (authType == AuthType.RMCP_PLUS || authType == AuthType.OEM) {
            throw new IllegalArgumentException("not an IPMI 1.5 auth type: " + authType);
        }
        if (keepaliveInterval.isNegative()) {
            throw new IllegalArgumentException("keepaliveInterval must not be negative");
        }
        if (channel < 0 || channel > 0x0F) {
            throw new IllegalArgumentException("channel is 4 bits: " + channel);
        }
    }

    /** RMCP+, automatic suite, 20 s keepalive, no re-establishing, 1 s suite probe, channel 1. */
    public static SessionOptions defaults() {
        return new SessionOptions(IpmiVersion.V2_0, CipherSuitePolicy.automatic(), null, null,
                Duration.ofSeconds(20), false, Duration.ofSeconds(1), 1);
    }

    public SessionOptions withVersion(IpmiVersion v) {
        return new SessionOptions(v, cipherSuites, authType, retryPolicy, keepaliveInterval, reestablishOnLoss, suiteProbeTimeout, channel);
    }

    public SessionOptions withCipherSuites(CipherSuitePolicy p) {
        return new SessionOptions(version, p, authType, retryPolicy, keepaliveInterval, reestablishOnLoss, suiteProbeTimeout, channel);
    }

    /** IPMI 1.5 with this auth type ({@code NONE} must be asked for explicitly). */
    public SessionOptions withAuthType(AuthType t) {
        return new SessionOptions(version, cipherSuites, t, retryPolicy, keepaliveInterval, reestablishOnLoss, suiteProbeTimeout, channel);
    }

    public SessionOptions withRetryPolicy(RetryPolicy r) {
        return new SessionOptions(version, cipherSuites, authType, r, keepaliveInterval, reestablishOnLoss, suiteProbeTimeout, channel);
    }

    public SessionOptions withKeepalive(Duration d) {
        return new SessionOptions(version, cipherSuites, authType, retryPolicy, d, reestablishOnLoss, suiteProbeTimeout, channel);
    }

    public SessionOptions withReestablishOnLoss(boolean b) {
        return new SessionOptions(version, cipherSuites, authType, retryPolicy, keepaliveInterval, b, suiteProbeTimeout, channel);
    }

    public SessionOptions withSuiteProbeTimeout(Duration d) {
        return new SessionOptions(version, cipherSuites, authType, retryPolicy, keepaliveInterval, reestablishOnLoss, d, channel);
    }

    public SessionOptions withChannel(int c) {
        return new SessionOptions(version, cipherSuites, authType, retryPolicy, keepaliveInterval, reestablishOnLoss, suiteProbeTimeout, c);
    }
}
