package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.sdr.TypeLengthText;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading of the chassis, board and product info areas (FRU Information Storage Definition
 * §10-12): version, length in multiples of 8, type/length fields up to the C1h end marker,
 * zero checksum over the whole area. Damage is written to {@code warnings}; the fields that
 * could be read are kept.
 */
final class FruArea {
    private static final int END_OF_FIELDS = 0xC1;

    final ByteBuffer body;
    final List<String> warnings;
    final String name;
    private final boolean english;

    private FruArea(String name, ByteBuffer body, boolean english, List<String> warnings) {
        this.name = name;
        this.body = body;
        this.english = english;
        this.warnings = warnings;
    }

    /** Checks version, length and checksum of the area at {@code offset}; positions after byte 1. */
    static FruArea open(String name, ByteBuffer image, int offset, List<String> warnings)
            throws MalformedPacketException {
        if (offset + 2 > image.limit()) {
            throw new MalformedPacketException(name + " area at " + offset + " is outside the "
                    + image.limit() + "-byte image");
        }
        int version = image.get(offset) & 0x0F;
        if (version != 1) {
            warnings.add(name + " area: format version " + version + ", want 1");
        }
        int length = (image.get(offset + 1) & 0xFF) * 8;
        if (length == 0) {
            throw new MalformedPacketException(name + " area: length 0");
        }
        if (offset + length > image.limit()) {
            warnings.add(name + " area: " + length + " bytes declared, only "
                    + (image.limit() - offset) + " in the image");
            length = image.limit() - offset;
        } else if (sum(image, offset, length) != 0) {
            warnings.add(name + " area: bad checksum");
        }
        ByteBuffer body = image.slice(offset, length);
        body.position(2);
        return new FruArea(name, body, true, warnings);
    }

    /** The same area read with the language code just decoded (English or not). */
    FruArea withLanguage(int languageCode) {
        return new FruArea(name, body, languageCode == 0 || languageCode == 25, warnings);
    }

    int u8(String what) throws MalformedPacketException {
        Wire.need(body, 1, name + " area " + what);
        return Wire.u8(body);
    }

    /** The next field, or null at the end marker or the end of the area. */
    TypeLengthText field(String what) throws MalformedPacketException {
        if (!body.hasRemaining()) {
            warnings.add(name + " area: ends before " + what);
            return null;
        }
        if ((body.get(body.position()) & 0xFF) == END_OF_FIELDS) {
            return null;
        }
        try {
            return TypeLengthText.decodeFru(body, english, name + " " + what);
        } catch (MalformedPacketException e) {
            warnings.add(e.getMessage());
            body.position(body.limit());
            return null;
        }
    }

    /** Custom fields up to the end marker. */
    List<TypeLengthText> customFields() throws MalformedPacketException {
        List<TypeLengthText> out = new ArrayList<>();
        for (TypeLengthText t; (t = field("custom field")) != null; ) {
            out.add(t);
        }
        return List.copyOf(out);
    }

    static int sum(ByteBuffer buf, int from, int length) {
        int s = 0;
        for (int i = from; i < from + length; i++) {
            s += buf.get(i);
        }
        return s & 0xFF;
    }

    static String text(TypeLengthText t) {
        return t == null ? "" : t.text();
    }
}
