package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Master Write-Read (IPMI v2.0 section 22.11): NetFn App (06h), command 52h, privilege
 * Operator, side effect: writes to an I2C/SMBus device (and reads back).
 *
 * <pre>
 * request:  b7:4 channel, b3:1 bus id, b0 private bus | b7:1 slave address | read count | data to write
 * response: the bytes read
 * </pre>
 *
 * Completion codes 81h: lost arbitration, 82h: bus error, 83h: NAK on write, 84h: truncated read.
 *
 * @param slaveAddress 7-bit address
 */
public record MasterWriteRead(int channel, int busId, boolean privateBus, int slaveAddress, int readCount, Octets writeData)
        implements IpmiRequest<MasterWriteRead.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Master Write-Read", NetFn.APP, 0x52, PrivilegeLevel.OPERATOR);

    public MasterWriteRead {
        if (channel < 0 || channel > 0x0F || busId < 0 || busId > 7 || slaveAddress < 0 || slaveAddress > 0x7F
                || readCount < 0 || readCount > 0xFF) {
            throw new IllegalArgumentException("channel 4 bits, bus 3 bits, address 7 bits, read count one byte");
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 3 + writeData.length();
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (channel << 4 | busId << 1 | (privateBus ? 1 : 0))).put((byte) (slaveAddress << 1)).put((byte) readCount);
        writeData.writeTo(out);
    }

    public static MasterWriteRead decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Master Write-Read request");
        int b = Wire.u8(data);
        int address = Wire.u8(data) >>> 1;
        int count = Wire.u8(data);
        return new MasterWriteRead(b >>> 4, b >>> 1 & 7, (b & 1) != 0, address, count, Octets.readRemaining(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        // exactly readCount bytes were asked for; the rest of the message is not ours
        return new Response(Octets.read(data, readCount, "Master Write-Read response"));
    }

    public record Response(Octets data) implements CommandResponse {
        @Override
        public int encodedLength() {
            return data.length();
        }

        @Override
        public void encode(ByteBuffer out) {
            data.writeTo(out);
        }
    }
}
