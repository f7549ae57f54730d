package dev.ipmi.testkit.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * LAN and SOL Configuration Parameters (IPMI v2.0 sections 23.1-23.2 and 26.2-26.3): Get
 * answers the BMC's values, Set stores a new value that Get then reads back. Nothing is
 * applied (the BMC keeps its socket and address) except that SOL disabled (SOL parameter 1)
 * makes Activate Payload answer 81h. A Set must give exactly as many bytes as the
 * parameter has; parameters the BMC derives itself are read-only (82h). Selector thread only.
 */
final class TransportConfig implements SolPayload.Timing {
    /** LAN: authentication type support, cipher suite entry count and IDs. */
    private static final Set<Integer> LAN_READ_ONLY = Set.of(1, 22, 23);
    /** SOL: payload channel and port number (this BMC serves SOL on its own socket only). */
    private static final Set<Integer> SOL_READ_ONLY = Set.of(7, 8);

    private final BmcConfig config;
    private final Engine engine;
    private final Map<Integer, byte[]> lanSet = new HashMap<>();
    private final Map<Integer, byte[]> solSet = new HashMap<>();

    TransportConfig(BmcConfig config, Engine engine) {
        this.config = config;
        this.engine = engine;
    }

    /** Get LAN Configuration Parameters: channel (bit 7: revision only), parameter, set, block. */
    Reply getLan(byte[] d) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        if ((d[0] & 0x80) != 0) {
            return Reply.ok((byte) 0x11);
        }
        byte[] value = lanValue(d[1] & 0xFF);
        return value == null ? Reply.cc(0x80) : withRevision(value);
    }

    /** Set LAN Configuration Parameters: channel, parameter, data. */
    Reply setLan(byte[] d) {
        return set(d, lanValue(d.length < 2 ? -1 : d[1] & 0xFF), LAN_READ_ONLY, lanSet);
    }

    /** Get SOL Configuration Parameters: channel (bit 7: revision only), parameter, set, block. */
    Reply getSol(byte[] d) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        if ((d[0] & 0x80) != 0) {
            return Reply.ok((byte) 0x11);
        }
        byte[] value = solValue(d[1] & 0xFF);
        return value == null ? Reply.cc(0x80) : withRevision(value);
    }

    /** Set SOL Configuration Parameters: channel, parameter, data. */
    Reply setSol(byte[] d) {
        return set(d, solValue(d.length < 2 ? -1 : d[1] & 0xFF), SOL_READ_ONLY, solSet);
    }

    /**
     * SOL parameter 3, byte 1: the character accumulate interval, in 5 ms steps (IPMI v2.0
     * table 26-5); host output waits this long for more characters unless the threshold is met.
     */
    @Override
    public long accumulateNanos() {
        return TimeUnit.MILLISECONDS.toNanos(5L * Math.max(1, solValue(3)[0] & 0xFF));
    }

    /** SOL parameter 3, byte 2: the character send threshold — this many characters go at once. */
    @Override
    public int sendThreshold() {
        return Math.max(1, solValue(3)[1] & 0xFF);
    }

    /** SOL parameter 4, byte 1 bits 2:0: how often an unacknowledged SOL packet is sent again. */
    @Override
    public int retryCount() {
        return solValue(4)[0] & 0x07;
    }

    /** SOL parameter 4, byte 2: the wait before each retry, in 10 ms steps (0: back to back). */
    @Override
    public long retryNanos() {
        return TimeUnit.MILLISECONDS.toNanos(10L * (solValue(4)[1] & 0xFF));
    }

    /** False once SOL parameter 1 ("SOL enable") was set to 0. */
    boolean solEnabled() {
        byte[] v = solSet.get(1);
        return v == null || (v[0] & 0x01) != 0;
    }

    private static Reply set(byte[] d, byte[] current, Set<Integer> readOnly, Map<Integer, byte[]> stored) {
        if (d.length < 2) {
            return Reply.cc(0xC7);
        }
        int parameter = d[1] & 0xFF;
        if (current == null) {
            return Reply.cc(0x80);
        }
        if (readOnly.contains(parameter)) {
            return Reply.cc(0x82);
        }
        if (d.length - 2 != current.length) {
            return Reply.cc(0xC7);
        }
        byte[] value = new byte[current.length];
        System.arraycopy(d, 2, value, 0, value.length);
        if (parameter == 0) {
            value[0] &= 0x03; // set in progress: only the state bits are stored
        }
        stored.put(parameter, value);
        return Reply.ok();
    }

    private byte[] lanValue(int parameter) {
        byte[] stored = lanSet.get(parameter);
        if (stored != null) {
            return stored.clone();
        }
        byte[] ip = engine.localAddress().getAddress().getAddress();
        return switch (parameter) {
            case 0 -> new byte[] {0};
            case 1 -> new byte[] {0x17};
            case 2 -> new byte[] {0x17, 0x17, 0x17, 0x17, 0x00};
            case 3 -> ip.length == 4 ? ip : new byte[4];
            case 4 -> new byte[] {0x01};
            case 5 -> new byte[] {0x02, 0x00, 0x00, 0x00, 0x00, 0x01};
            case 6 -> new byte[] {(byte) 255, 0, 0, 0};
            case 12 -> new byte[] {0, 0, 0, 0};
            case 13 -> new byte[6];
            case 22 -> new byte[] {(byte) (suiteIds().length - 1)};
            case 23 -> suiteIds();
            case 24 -> new byte[] {0, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44};
            default -> null;
        };
    }

    /** LAN parameter 23: a reserved byte, then at most 16 suite IDs (the parameter's fixed maximum). */
    private byte[] suiteIds() {
        int n = Math.min(16, config.cipherSuites().size());
        byte[] r = new byte[1 + n];
        for (int i = 0; i < n; i++) {
            r[1 + i] = (byte) config.cipherSuites().get(i).id();
        }
        return r;
    }

    private byte[] solValue(int parameter) {
        byte[] stored = solSet.get(parameter);
        if (stored != null) {
            return stored.clone();
        }
        int port = engine.localAddress().getPort();
        return switch (parameter) {
            case 0 -> new byte[] {0};
            case 1 -> new byte[] {1};
            case 2 -> new byte[] {0x02};
            case 3 -> new byte[] {0x0C, 0x60};
            case 4 -> new byte[] {0x07, 0x32};
            case 5, 6 -> new byte[] {0x0A};
            case 7 -> new byte[] {LanProtocol.CHANNEL};
            case 8 -> new byte[] {(byte) port, (byte) (port >>> 8)};
            default -> null;
        };
    }

    private static Reply withRevision(byte[] value) {
        byte[] r = new byte[1 + value.length];
        r[0] = 0x11;
        System.arraycopy(value, 0, r, 1, value.length);
        return Reply.ok(r);
    }
}
