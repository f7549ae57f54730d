package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What a multirecord's data means, by its record type id (Platform Management FRU Information
 * Storage Definition v1.0 §18). Types this library does not interpret (ASF records, extended DC
 * records, OEM records C0h-FFh, reserved ids) are kept as {@link RawMultiRecordContent}.
 */
public sealed interface MultiRecordContent permits PowerSupplyInformation, DcOutput, DcLoad, ManagementAccess,
        CompatibilityRecord, RawMultiRecordContent {

    /** The record type id this content is stored under. */
    int type();

    /** Bytes {@link #encode} writes. */
    int encodedLength();

    /** Writes the record's data (without the 5-byte multirecord header). */
    void encode(ByteBuffer out);

    /** Interprets the data of a record of type {@code type}. */
    static MultiRecordContent decode(int type, byte[] data) throws MalformedPacketException {
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        return switch (type) {
            case PowerSupplyInformation.TYPE -> PowerSupplyInformation.decode(in);
            case DcOutput.TYPE -> DcOutput.decode(in);
            case DcLoad.TYPE -> DcLoad.decode(in);
            case ManagementAccess.TYPE -> ManagementAccess.decode(in);
            case CompatibilityRecord.BASE, CompatibilityRecord.EXTENDED -> CompatibilityRecord.decode(type, in);
            default -> new RawMultiRecordContent(type, data);
        };
    }
}
