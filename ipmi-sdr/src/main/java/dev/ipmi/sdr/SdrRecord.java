package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/**
 * One Sensor Data Record (IPMI v2.0 rev 1.1 §43), decoded by its record type.
 *
 * <p>{@link #decode} reads the header, takes exactly {@code length} bytes of body and hands
 * them to the type's decoder, so a record never reads into the next one and trailing bytes
 * inside a record (newer spec revisions) are ignored.
 */
public sealed interface SdrRecord permits SensorRecord, EntityAssociationRecord,
        DeviceRelativeEntityAssociationRecord, GenericDeviceLocatorRecord, FruDeviceLocatorRecord,
        McDeviceLocatorRecord, McConfirmationRecord, BmcMessageChannelInfoRecord, OemRecord,
        UnknownRecord {

    SdrHeader header();

    default int recordId() {
        return header().recordId();
    }

    /**
     * Writes the record: the header (with the length of the body written) and the body.
     * Reserved bytes are written as 0.
     */
    void encode(ByteBuffer out);

    /** The exact number of bytes {@link #encode} writes. */
    int encodedLength();

    /** {@link #encode} into a new array. */
    default byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(encodedLength());
        encode(out);
        return out.array();
    }

    /** Writes a header for {@code bodyLength} bytes of body after it. */
    static void encodeHeader(SdrHeader header, int bodyLength, ByteBuffer out) {
        new SdrHeader(header.recordId(), header.version(), header.recordType(), bodyLength).encode(out);
    }

    /** One whole record: header and body. */
    static SdrRecord decode(ByteBuffer in) throws MalformedPacketException {
        SdrHeader header = SdrHeader.decode(in);
        header.need(in, header.length(), "SDR");
        ByteBuffer body = in.slice(in.position(), header.length());
        in.position(in.position() + header.length());
        return switch (header.recordType()) {
            case 0x01 -> FullSensorRecord.decodeBody(header, body);
            case 0x02 -> CompactSensorRecord.decodeBody(header, body);
            case 0x03 -> EventOnlyRecord.decodeBody(header, body);
            case 0x08 -> EntityAssociationRecord.decodeBody(header, body);
            case 0x09 -> DeviceRelativeEntityAssociationRecord.decodeBody(header, body);
            case 0x10 -> GenericDeviceLocatorRecord.decodeBody(header, body);
            case 0x11 -> FruDeviceLocatorRecord.decodeBody(header, body);
            case 0x12 -> McDeviceLocatorRecord.decodeBody(header, body);
            case 0x13 -> McConfirmationRecord.decodeBody(header, body);
            case 0x14 -> BmcMessageChannelInfoRecord.decodeBody(header, body);
            case 0xC0 -> OemRecord.decodeBody(header, body);
            default -> UnknownRecord.decodeBody(header, body);
        };
    }

    /** {@link #decode} of a whole array. */
    static SdrRecord decode(byte[] record) throws MalformedPacketException {
        return decode(ByteBuffer.wrap(record));
    }
}
