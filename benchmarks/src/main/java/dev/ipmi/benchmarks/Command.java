package dev.ipmi.benchmarks;

import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.core.wire.Wire;

/**
 * The in-session commands the codec benchmarks exchange, with the response data a BMC answers
 * with. Get Device ID is the usual keepalive and the command the issue names; Get Chassis
 * Status is there because the peer library ships a coder for it (it has none for Get Device ID),
 * so that one row compares two built-in coders with no adapter code on either side; Get Sensor
 * Reading, the command of a sensor sweep, is built into both and has one byte of request data.
 */
public enum Command {
    /** Device id 20h, SDRs, firmware 2.10, IPMI 2.0, all support bits, aux firmware revision. */
    GET_DEVICE_ID(new GetDeviceId(), Wire.unhex("20 81 02 10 02 ff 57 01 00 02 0b 01 02 03 04")),
    /** Power on, restore policy "previous", last event "power on by command", identify off, buttons byte. */
    GET_CHASSIS_STATUS(new GetChassisStatus(), Wire.unhex("21 10 40 00")),
    /** Sensor 30h: raw reading 7Dh, events and scanning enabled, no threshold crossed, the optional fourth byte. */
    GET_SENSOR_READING(new GetSensorReading(0x30), Wire.unhex("7d c0 00 80"));

    /** The sensor number {@link #GET_SENSOR_READING} asks for. */
    public static final int SENSOR_NUMBER = 0x30;

    private final IpmiRequest<?> request;
    private final byte[] responseData;

    Command(IpmiRequest<?> request, byte[] responseData) {
        this.request = request;
        this.responseData = responseData;
    }

    /** Our typed request. */
    public IpmiRequest<?> request() {
        return request;
    }

    /** The response data after the completion code (a copy). */
    public byte[] responseData() {
        return responseData.clone();
    }
}
