package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import dev.ipmi.core.command.Octets;

/**
 * Add SEL Entry (IPMI v2.0 section 31.6): NetFn Storage (0Ah), command 44h, privilege
 * Operator, side effect: appends to the SEL. Request: the 16-byte entry (its record id is
 * ignored; the BMC stamps record types below E0h with its clock); response: the new record id.
 */
public record AddSelEntry(Octets entry) implements IpmiRequest<AddSelEntry.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Add SEL Entry", NetFn.STORAGE, 0x44, PrivilegeLevel.OPERATOR);

    public AddSelEntry {
        if (entry.length() != GetSelEntry.ENTRY_BYTES) {
            throw new IllegalArgumentException("a SEL entry is 16 bytes");
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return GetSelEntry.ENTRY_BYTES;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        entry.writeTo(out);
    }

    public static AddSelEntry decodeRequest(ByteBuffer data) throws MalformedPacketException {
        return new AddSelEntry(Octets.read(data, GetSelEntry.ENTRY_BYTES, "Add SEL Entry request"));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Add SEL Entry response");
        return new Response(Wire.u16le(data));
    }

    public record Response(int recordId) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putU16le(out, recordId);
        }
    }
}
