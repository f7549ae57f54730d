package dev.ipmi.examples;

import dev.ipmi.sdr.fru.BoardInfo;
import dev.ipmi.sdr.fru.ChassisInfo;
import dev.ipmi.sdr.fru.FruInventory;
import dev.ipmi.sdr.fru.FruReader;
import dev.ipmi.sdr.fru.ProductInfo;
import java.util.List;

/** {@code ipmi fru [id]}: the chassis, board and product areas of a FRU inventory device. */
final class FruCommand implements Command {
    @Override
    public String name() {
        return "fru";
    }

    @Override
    public String summary() {
        return "[id]: FRU inventory (chassis, board, product: makers, names, serial numbers)";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] fru [ID] [--json]      (FRU device 0 by default)

                Reads FRU inventory device ID (Get FRU Inventory Area Info and Read FRU Data,
                IPMI v2.0 34.1, 34.2) and decodes it (Platform Management FRU Information Storage
                Definition v1.0): chassis, board and product info areas. Absent areas are left out
                (null in --json); areas that could not be decoded are named as warnings.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String id = args.next();
        args.done();
        int fruId = id == null ? 0 : Options.integer(id, "FRU id", 0, 0xFE);
        FruInventory fru = new FruReader(ctx.session()).read(fruId);
        Report r = new Report().put("id", "FRU Device", fruId);
        ChassisInfo c = fru.chassis().orElse(null);
        if (c != null) {
            r.put("chassis", "Chassis Type", Json.obj("type", c.chassisTypeName(), "partNumber", c.partNumber(),
                    "serialNumber", c.serialNumber()), c.chassisTypeName());
            r.put(null, "Chassis Part Number", null, c.partNumber());
            r.put(null, "Chassis Serial", null, c.serialNumber());
        } else {
            r.json("chassis", null);
        }
        BoardInfo b = fru.board().orElse(null);
        if (b != null) {
            String made = b.manufactured().map(Object::toString).orElse(null);
            r.put("board", "Board Mfg Date", Json.obj("manufactured", made, "manufacturer", b.manufacturer(),
                    "product", b.productName(), "serialNumber", b.serialNumber(), "partNumber", b.partNumber()),
                    made == null ? "unspecified" : made);
            r.put(null, "Board Mfg", null, b.manufacturer());
            r.put(null, "Board Product", null, b.productName());
            r.put(null, "Board Serial", null, b.serialNumber());
            r.put(null, "Board Part Number", null, b.partNumber());
        } else {
            r.json("board", null);
        }
        ProductInfo p = fru.product().orElse(null);
        if (p != null) {
            r.put("product", "Product Manufacturer", Json.obj("manufacturer", p.manufacturer(), "name", p.name(),
                    "partNumber", p.partNumber(), "version", p.version(), "serialNumber", p.serialNumber(),
                    "assetTag", p.assetTag()), p.manufacturer());
            r.put(null, "Product Name", null, p.name());
            r.put(null, "Product Part Number", null, p.partNumber());
            r.put(null, "Product Version", null, p.version());
            r.put(null, "Product Serial", null, p.serialNumber());
            r.put(null, "Product Asset Tag", null, p.assetTag());
        } else {
            r.json("product", null);
        }
        r.json("warnings", fru.warnings());
        for (String w : fru.warnings()) {
            if (!ctx.json()) {
                ctx.err.println("ipmi fru: warning: " + w);
            }
        }
        r.print(ctx);
        return Exit.OK;
    }
}
