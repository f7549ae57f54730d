package dev.ipmi.testkit.sim;

import java.net.InetSocketAddress;

/** Get LAN / SOL Configuration Parameters (IPMI v2.0 sections 23.2 and 26.3), read-only basics. */
final class TransportConfig {
    private TransportConfig() {}

    /** Request: channel, parameter (bit 7: revision only), set selector, block selector. */
    static Reply lan(byte[] d, InetSocketAddress local, BmcConfig config) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        if ((d[0] & 0x80) != 0) {
            return Reply.ok((byte) 0x11);
        }
        byte[] ip = local.getAddress().getAddress();
        byte[] value = switch (d[1] & 0xFF) {
            case 0 -> new byte[] {0};
            case 1 -> new byte[] {0x17};
            case 2 -> new byte[] {0x17, 0x17, 0x17, 0x17, 0x00};
            case 3 -> ip.length == 4 ? ip : new byte[4];
            case 4 -> new byte[] {0x01};
            case 5 -> new byte[] {0x02, 0x00, 0x00, 0x00, 0x00, 0x01};
            case 6 -> new byte[] {(byte) 255, 0, 0, 0};
            case 12 -> new byte[] {0, 0, 0, 0};
            case 13 -> new byte[6];
            case 22 -> new byte[] {(byte) (suiteIds(config).length - 1)};
            case 23 -> suiteIds(config);
            case 24 -> new byte[] {0, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44, 0x44};
            default -> null;
        };
        return value == null ? Reply.cc(0x80) : withRevision(value);
    }

    /** Parameter 23: a reserved byte, then at most 16 suite IDs (the parameter's fixed maximum). */
    private static byte[] suiteIds(BmcConfig config) {
        int n = Math.min(16, config.cipherSuites().size());
        byte[] r = new byte[1 + n];
        for (int i = 0; i < n; i++) {
            r[1 + i] = (byte) config.cipherSuites().get(i).id();
        }
        return r;
    }

    /** Request: channel, parameter, set selector, block selector. */
    static Reply sol(byte[] d, InetSocketAddress local) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        if ((d[0] & 0x80) != 0) {
            return Reply.ok((byte) 0x11);
        }
        int port = local.getPort();
        byte[] value = switch (d[1] & 0xFF) {
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
        return value == null ? Reply.cc(0x80) : withRevision(value);
    }

    private static Reply withRevision(byte[] value) {
        byte[] r = new byte[1 + value.length];
        r[0] = 0x11;
        System.arraycopy(value, 0, r, 1, value.length);
        return Reply.ok(r);
    }
}
