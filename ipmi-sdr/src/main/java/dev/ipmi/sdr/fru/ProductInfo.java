package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.sdr.TypeLengthText;
import java.util.List;

/**
 * The product info area (FRU Information Storage Definition §12).
 *
 * <pre>
 * 0 version  1 length/8  2 language  3 manufacturer, product name, part/model number,
 * version, serial number, asset tag, FRU file id, custom fields..., C1h, pad, checksum
 * </pre>
 */
public record ProductInfo(int language, String manufacturer, String name, String partNumber,
                          String version, String serialNumber, String assetTag, String fruFileId,
                          List<TypeLengthText> custom) {
    public ProductInfo {
        custom = List.copyOf(custom);
    }

    static ProductInfo read(FruArea area) throws MalformedPacketException {
        int language = area.u8("language");
        FruArea a = area.withLanguage(language);
        return new ProductInfo(language, FruArea.text(a.field("manufacturer")),
                FruArea.text(a.field("product name")), FruArea.text(a.field("part number")),
                FruArea.text(a.field("version")), FruArea.text(a.field("serial number")),
                FruArea.text(a.field("asset tag")), FruArea.text(a.field("FRU file id")),
                a.customFields());
    }
}
