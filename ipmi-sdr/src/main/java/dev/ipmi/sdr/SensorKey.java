package dev.ipmi.sdr;

/**
 * Who owns a sensor and its number: the key bytes 6-8 of sensor records (IPMI v2.0 rev 1.1
 * §43.1).
 *
 * <pre>
 * byte 6  [7:1] owner address  [0] 0 = IPMB slave address, 1 = system software id
 * byte 7  [7:4] channel  [3:2] reserved  [1:0] owner LUN
 * byte 8  sensor number (FFh reserved)
 * </pre>
 *
 * @param ownerId the whole byte 6 (the 8-bit slave address, e.g. 20h for the BMC)
 */
public record SensorKey(int ownerId, int channel, int lun, int sensorNumber) {
    public static SensorKey of(int ownerId, int ownerLun, int sensorNumber) {
        return new SensorKey(ownerId & 0xFF, (ownerLun >>> 4) & 0x0F, ownerLun & 3, sensorNumber & 0xFF);
    }

    /** True when the owner is system software rather than a controller on the IPMB. */
    public boolean softwareOwner() {
        return (ownerId & 1) != 0;
    }

    /** The same owner, another sensor number (record sharing). */
    public SensorKey withNumber(int number) {
        return new SensorKey(ownerId, channel, lun, number & 0xFF);
    }

    @Override
    public String toString() {
        return String.format("sensor %d (0x%02X) owner 0x%02X lun %d channel %d",
                sensorNumber, sensorNumber, ownerId, lun, channel);
    }
}
