package dev.ipmi.core.command.transport;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.SetInProgress;
import dev.ipmi.core.wire.Wire;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One LAN configuration parameter (IPMI v2.0 section 23.1, table 23-4): typed for set in
 * progress (0), IP address (3), IP address source (4), MAC address (5), subnet mask (6),
 * default gateway (12), VLAN id (20) and RMCP+ cipher suite privilege levels (24); {@link Raw}
 * for the rest. Addresses are sent most significant byte first.
 */
public sealed interface LanParameter permits LanParameter.InProgress, LanParameter.IpAddress, LanParameter.AddressSource,
        LanParameter.MacAddress, LanParameter.SubnetMask, LanParameter.DefaultGateway, LanParameter.VlanId,
        LanParameter.CipherSuitePrivileges, LanParameter.Raw {

    int selector();

    int dataLength();

    void encodeData(ByteBuffer out);

    static LanParameter decode(int selector, ByteBuffer in) throws MalformedPacketException {
        switch (selector) {
            case 0:
                Wire.need(in, 1, "LAN set in progress");
                return new InProgress(SetInProgress.decode(Wire.u8(in), "LAN set in progress"));
            case 3:
                return new IpAddress(ipv4(in, "LAN IP address"));
            case 4:
                Wire.need(in, 1, "LAN IP address source");
                return new AddressSource(IpAddressSource.decode(Wire.u8(in) & 0x0F));
            case 5:
                return new MacAddress(Octets.read(in, 6, "LAN MAC address"));
            case 6:
                return new SubnetMask(ipv4(in, "LAN subnet mask"));
            case 12:
                return new DefaultGateway(ipv4(in, "LAN default gateway"));
            case 20: {
                Wire.need(in, 2, "LAN VLAN id");
                int lo = Wire.u8(in);
                int hi = Wire.u8(in);
                return new VlanId((hi & 0x80) != 0, (hi & 0x0F) << 8 | lo);
            }
            case 24: {
                Wire.need(in, 9, "LAN cipher suite privilege levels");
                in.get();
                Map<Integer, PrivilegeLevel> m = new TreeMap<>();
                for (int i = 0; i < 8; i++) {
                    int b = Wire.u8(in);
                    put(m, 2 * i, b & 0x0F);
                    put(m, 2 * i + 1, b >>> 4);
                }
                return new CipherSuitePrivileges(m);
            }
            default:
                return new Raw(selector, Octets.readRemaining(in));
        }
    }

    private static void put(Map<Integer, PrivilegeLevel> m, int entry, int code) {
        PrivilegeLevel p = PrivilegeLevel.fromCode(code);
        if (p != null) {
            m.put(entry, p);
        }
    }

    private static Inet4Address ipv4(ByteBuffer in, String what) throws MalformedPacketException {
        byte[] b = Wire.bytes(in, 4, what);
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new MalformedPacketException(what + ": " + e.getMessage()); // cannot happen for 4 bytes
        }
    }

    /** Parameter 0. */
    record InProgress(SetInProgress state) implements LanParameter {
        @Override
        public int selector() {
            return 0;
        }

        @Override
        public int dataLength() {
            return 1;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) state.ordinal());
        }
    }

    /** Parameter 3. */
    record IpAddress(Inet4Address address) implements LanParameter {
        @Override
        public int selector() {
            return 3;
        }

        @Override
        public int dataLength() {
            return 4;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put(address.getAddress());
        }
    }

    /** Parameter 4. */
    record AddressSource(IpAddressSource source) implements LanParameter {
        @Override
        public int selector() {
            return 4;
        }

        @Override
        public int dataLength() {
            return 1;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) source.ordinal());
        }
    }

    /** Parameter 5: the BMC's MAC address, 6 bytes. */
    record MacAddress(Octets address) implements LanParameter {
        public MacAddress {
            if (address.length() != 6) {
                throw new IllegalArgumentException("MAC address is 6 bytes");
            }
        }

        @Override
        public int selector() {
            return 5;
        }

        @Override
        public int dataLength() {
            return 6;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            address.writeTo(out);
        }
    }

    /** Parameter 6. */
    record SubnetMask(Inet4Address mask) implements LanParameter {
        @Override
        public int selector() {
            return 6;
        }

        @Override
        public int dataLength() {
            return 4;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put(mask.getAddress());
        }
    }

    /** Parameter 12. */
    record DefaultGateway(Inet4Address address) implements LanParameter {
        @Override
        public int selector() {
            return 12;
        }

        @Override
        public int dataLength() {
            return 4;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put(address.getAddress());
        }
    }

    /** Parameter 20: 802.1q VLAN id (12 bits) and whether VLAN tagging is on. */
    record VlanId(boolean enabled, int id) implements LanParameter {
        public VlanId {
            if (id < 0 || id > 0xFFF) {
                throw new IllegalArgumentException("VLAN id is 12 bits: " + id);
            }
        }

        @Override
        public int selector() {
            return 20;
        }

        @Override
        public int dataLength() {
            return 2;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) id).put((byte) ((enabled ? 0x80 : 0) | id >>> 8));
        }
    }

    /**
     * Parameter 24: the highest privilege each cipher suite entry (0-15, the positions of
     * parameter 23) may reach. Entries whose nibble is not a privilege level (0: unused) are
     * absent and sent as 0.
     */
    record CipherSuitePrivileges(Map<Integer, PrivilegeLevel> maxPrivilegeByEntry) implements LanParameter {
        public CipherSuitePrivileges {
            TreeMap<Integer, PrivilegeLevel> copy = new TreeMap<>(maxPrivilegeByEntry);
            if (!copy.isEmpty() && (copy.firstKey() < 0 || copy.lastKey() > 15)) {
                throw new IllegalArgumentException("cipher suite entries are 0-15");
            }
            maxPrivilegeByEntry = Collections.unmodifiableMap(copy);
        }

        @Override
        public int selector() {
            return 24;
        }

        @Override
        public int dataLength() {
            return 9;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) 0);
            for (int i = 0; i < 8; i++) {
                out.put((byte) (code(2 * i) | code(2 * i + 1) << 4));
            }
        }

        private int code(int entry) {
            PrivilegeLevel p = maxPrivilegeByEntry.get(entry);
            return p == null ? 0 : p.code();
        }
    }

    /** Any other parameter, bytes as sent. */
    record Raw(int selector, Octets data) implements LanParameter {
        public Raw {
            if (selector < 0 || selector > 0xFF) {
                throw new IllegalArgumentException("parameter selector is one byte: " + selector);
            }
        }

        @Override
        public int dataLength() {
            return data.length();
        }

        @Override
        public void encodeData(ByteBuffer out) {
            data.writeTo(out);
        }
    }
}
