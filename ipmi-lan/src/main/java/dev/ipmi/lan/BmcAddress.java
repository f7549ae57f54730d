package dev.ipmi.lan;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where a BMC listens: an IP address and UDP port (623 by default, the RMCP port).
 *
 * <pre>{@code
 * BmcAddress.of("10.0.0.5");            // port 623
 * BmcAddress.of("127.0.0.1", 9623);     // a simulator on loopback
 * BmcAddress.parse("bmc7.example:6230"); // host[:port], also [v6]:port
 * }</pre>
 *
 * Host names are resolved once, when the address is created.
 */
public final class BmcAddress {
    /** The standard RMCP / IPMI-over-LAN port. */
    public static final int DEFAULT_PORT = 623;

    private final InetSocketAddress socketAddress;

    private BmcAddress(InetSocketAddress socketAddress) {
        this.socketAddress = socketAddress;
    }

    /** The BMC at {@code host}, port 623. */
    public static BmcAddress of(String host) {
        return of(host, DEFAULT_PORT);
    }

    /** The BMC at {@code host} and {@code port}. */
    public static BmcAddress of(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        try {
            return new BmcAddress(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /** An already resolved socket address. */
    public static BmcAddress of(InetSocketAddress address) {
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("unresolved address " + address);
        }
        return new BmcAddress(address);
    }

    /** Parses {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}. */
    public static BmcAddress parse(String text) {
        String t = text.trim();
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ] in " + text);
            }
            String host = t.substring(1, close);
            String rest = t.substring(close + 1);
            return rest.isEmpty() ? of(host) : of(host, port(rest.substring(1), text));
        }
        int colon = t.indexOf(':');
        if (colon >= 0 && colon == t.lastIndexOf(':')) {
            return of(t.substring(0, colon), port(t.substring(colon + 1), text));
        }
        return of(t);
    }

    private static int port(String p, String text) {
        try {
            return Integer.parseInt(p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + text, e);
        }
    }

    public InetSocketAddress socketAddress() {
        return socketAddress;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BmcAddress b && b.socketAddress.equals(socketAddress);
    }

    @Override
    public int hashCode() {
        return socketAddress.hashCode();
    }

    /** {@code host:port}, with the IP literal. */
    @Override
    public String toString() {
        String ip = socketAddress.getAddress().getHostAddress();
        return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + socketAddress.getPort();
    }
}
