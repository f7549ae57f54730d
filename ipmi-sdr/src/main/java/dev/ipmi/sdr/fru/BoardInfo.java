package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.sdr.TypeLengthText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The board info area (FRU Information Storage Definition §11).
 *
 * <pre>
 * 0 version  1 length/8  2 language  3 manufacturing date/time (LE24, minutes since
 * 1996-01-01 00:00 UTC; 0 = unspecified)  6 manufacturer, product name, serial number,
 * part number, FRU file id, custom fields..., C1h, pad, checksum
 * </pre>
 */
public record BoardInfo(int language, Optional<Instant> manufactured, String manufacturer,
                        String productName, String serialNumber, String partNumber,
                        String fruFileId, List<TypeLengthText> custom) {
    /** 1996-01-01T00:00:00Z, the epoch of the manufacturing date. */
    public static final Instant EPOCH = Instant.parse("1996-01-01T00:00:00Z");

    public BoardInfo {
        custom = List.copyOf(custom);
    }

    static BoardInfo read(FruArea area) throws MalformedPacketException {
        int language = area.u8("language");
        FruArea a = area.withLanguage(language);
        int minutes = a.u8("date") | a.u8("date") << 8 | a.u8("date") << 16;
        Optional<Instant> date = minutes == 0 ? Optional.empty() : Optional.of(EPOCH.plusSeconds(minutes * 60L));
        return new BoardInfo(language, date, FruArea.text(a.field("manufacturer")),
                FruArea.text(a.field("product name")), FruArea.text(a.field("serial number")),
                FruArea.text(a.field("part number")), FruArea.text(a.field("FRU file id")),
                a.customFields());
    }
}
