package dev.ipmi.lan;

/**
 * A controller behind the BMC, reached by bridging: the request travels inside Send Message to
 * another channel (usually the primary IPMB, channel 0) and slave address (IPMI v2.0 section
 * 6.13). The same as ipmitool's {@code -b channel -t address}.
 *
 * <pre>{@code
 * GetDeviceId.Response r = session.send(new GetDeviceId(), BridgeTarget.ipmb(0x72)).join();
 * }</pre>
 *
 * @param channel      the channel the target sits on (0 = primary IPMB)
 * @param slaveAddress the target's 8-bit slave address (even, e.g. 0x72)
 * @param lun          the target's LUN (0-3)
 */
public record BridgeTarget(int channel, int slaveAddress, int lun) {
    public BridgeTarget {
        if (channel < 0 || channel > 0x0F) {
            throw new IllegalArgumentException("channel is 4 bits: " + channel);
        }
        if (slaveAddress < 0 || slaveAddress > 0xFF || (slaveAddress & 1) != 0) {
            throw new IllegalArgumentException("slave address is an even byte: " + slaveAddress);
        }
        if (lun < 0 || lun > 3) {
            throw new IllegalArgumentException("LUN is 2 bits: " + lun);
        }
    }

    /** The controller at {@code slaveAddress} on the primary IPMB (channel 0), LUN 0. */
    public static BridgeTarget ipmb(int slaveAddress) {
        return new BridgeTarget(0, slaveAddress, 0);
    }

    @Override
    public String toString() {
        return String.format("channel %d, address 0x%02x, LUN %d", channel, slaveAddress, lun);
    }
}
