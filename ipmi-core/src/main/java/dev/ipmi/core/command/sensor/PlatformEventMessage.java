package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import dev.ipmi.core.command.Octets;
import java.util.OptionalInt;

/**
 * Platform Event Message (IPMI v2.0 section 29.3): NetFn Sensor/Event (04h), command 02h,
 * privilege Operator, side effect: logs an event (SEL) and may trigger PEF actions.
 *
 * <pre>
 * request: [generator id: system software only] | EvM revision (04h) | sensor type | sensor number |
 *          b7 deassertion, b6:0 event type | event data 1-3
 * </pre>
 *
 * Over LAN the BMC takes the generator from the message's requester, so the first byte is
 * normally omitted; with it the request is 8 bytes, without 7.
 */
public record PlatformEventMessage(OptionalInt generatorId, int evmRevision, int sensorType, int sensorNumber,
                                   boolean deassertion, int eventType, Octets eventData)
        implements IpmiRequest<PlatformEventMessage.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Platform Event Message", NetFn.SENSOR_EVENT, 0x02, PrivilegeLevel.OPERATOR);
    /** Event message format revision of IPMI 1.5 and 2.0. */
    public static final int EVM_REVISION = 0x04;

    public PlatformEventMessage {
        if (eventData.length() != 3) {
            throw new IllegalArgumentException("event data is 3 bytes");
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return generatorId.isPresent() ? 8 : 7;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        generatorId.ifPresent(g -> out.put((byte) g));
        out.put((byte) evmRevision).put((byte) sensorType).put((byte) sensorNumber);
        out.put((byte) ((deassertion ? 0x80 : 0) | eventType & 0x7F));
        eventData.writeTo(out);
    }

    public static PlatformEventMessage decodeRequest(ByteBuffer data) throws MalformedPacketException {
        String what = "Platform Event Message request";
        Wire.need(data, 7, what);
        OptionalInt gen = data.remaining() >= 8 ? OptionalInt.of(Wire.u8(data)) : OptionalInt.empty();
        int rev = Wire.u8(data);
        int type = Wire.u8(data);
        int number = Wire.u8(data);
        int dir = Wire.u8(data);
        return new PlatformEventMessage(gen, rev, type, number, (dir & 0x80) != 0, dir & 0x7F, Octets.read(data, 3, what));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
