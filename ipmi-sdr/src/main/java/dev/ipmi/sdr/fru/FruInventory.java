package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A decoded FRU inventory image (Platform Management FRU Information Storage Definition v1.0
 * rev 1.3): common header, internal use, chassis, board, product and multirecord areas.
 *
 * <p>Real FRU images are often damaged: a bad checksum or an area running past the image is a
 * {@link #warnings() warning}, and whatever can still be read is returned. Only an image whose
 * common header cannot be read fails with {@link MalformedPacketException}; an area that
 * cannot be read at all is absent and named in the warnings.
 */
public record FruInventory(FruCommonHeader header, Optional<byte[]> internalUse,
                           Optional<ChassisInfo> chassis, Optional<BoardInfo> board,
                           Optional<ProductInfo> product, List<MultiRecord> multiRecords,
                           List<String> warnings) {
    /** A multirecord list longer than this is certainly a loop in damaged data. */
    private static final int MAX_MULTIRECORDS = 256;

    public FruInventory {
        internalUse = internalUse.map(byte[]::clone);
        multiRecords = List.copyOf(multiRecords);
        warnings = List.copyOf(warnings);
    }

    public static FruInventory decode(byte[] image) throws MalformedPacketException {
        return decode(ByteBuffer.wrap(image));
    }

    /** Decodes the image from the buffer's position to its limit. */
    public static FruInventory decode(ByteBuffer in) throws MalformedPacketException {
        ByteBuffer image = in.slice();
        in.position(in.limit());
        FruCommonHeader h = FruCommonHeader.decode(image);
        List<String> warnings = new ArrayList<>();
        if (!h.checksumValid()) {
            warnings.add("common header: bad checksum");
        }
        Optional<byte[]> internal = Optional.empty();
        if (h.internalUseOffset() != 0) {
            int end = IntStream.of(h.chassisOffset(), h.boardOffset(), h.productOffset(), h.multiRecordOffset(),
                    image.limit()).filter(o -> o > h.internalUseOffset()).min().orElse(image.limit());
            end = Math.min(end, image.limit());
            if (h.internalUseOffset() + 1 <= end) {
                internal = Optional.of(Arrays.copyOfRange(array(image), h.internalUseOffset() + 1, end));
            } else {
                warnings.add("internal use area: outside the image");
            }
        }
        Optional<ChassisInfo> chassis = Optional.empty();
        Optional<BoardInfo> board = Optional.empty();
        Optional<ProductInfo> product = Optional.empty();
        try {
            if (h.chassisOffset() != 0) {
                chassis = Optional.of(ChassisInfo.read(FruArea.open("chassis", image, h.chassisOffset(), warnings)));
            }
        } catch (MalformedPacketException e) {
            warnings.add(e.getMessage());
        }
        try {
            if (h.boardOffset() != 0) {
                board = Optional.of(BoardInfo.read(FruArea.open("board", image, h.boardOffset(), warnings)));
            }
        } catch (MalformedPacketException e) {
            warnings.add(e.getMessage());
        }
        try {
            if (h.productOffset() != 0) {
                product = Optional.of(ProductInfo.read(FruArea.open("product", image, h.productOffset(), warnings)));
            }
        } catch (MalformedPacketException e) {
            warnings.add(e.getMessage());
        }
        List<MultiRecord> multi = h.multiRecordOffset() == 0 ? List.of()
                : multiRecords(image, h.multiRecordOffset(), warnings);
        return new FruInventory(h, internal, chassis, board, product, multi, warnings);
    }

    private static List<MultiRecord> multiRecords(ByteBuffer image, int offset, List<String> warnings) {
        List<MultiRecord> out = new ArrayList<>();
        int pos = offset;
        while (out.size() < MAX_MULTIRECORDS) {
            if (pos + MultiRecord.HEADER > image.limit()) {
                warnings.add("multirecord area: header at " + pos + " is outside the image");
                break;
            }
            int type = image.get(pos) & 0xFF;
            int flags = image.get(pos + 1) & 0xFF;
            int length = image.get(pos + 2) & 0xFF;
            int dataSum = image.get(pos + 3) & 0xFF;
            String where = "multirecord at " + pos + ": ";
            boolean headerOk = FruArea.sum(image, pos, MultiRecord.HEADER) == 0;
            if (!headerOk) {
                warnings.add(where + "bad header checksum");
            }
            int available = Math.min(length, image.limit() - pos - MultiRecord.HEADER);
            if (available < length) {
                warnings.add(where + length + " data bytes declared, " + available + " in the image");
            }
            byte[] data = new byte[available];
            image.get(pos + MultiRecord.HEADER, data);
            boolean ok = available == length && (FruArea.sum(image, pos + MultiRecord.HEADER, length) + dataSum & 0xFF) == 0;
            if (!ok && available == length) {
                warnings.add(where + "bad data checksum");
            }
            boolean end = (flags & 0x80) != 0;
            int version = flags & 0x0F;
            MultiRecordContent content = new RawMultiRecordContent(type, data);
            if (version != MultiRecord.FORMAT_VERSION) {
                warnings.add(where + "record format version " + version + ", not " + MultiRecord.FORMAT_VERSION
                        + ": data not interpreted");
            } else if (available == length) {
                try {
                    content = MultiRecordContent.decode(type, data);
                } catch (MalformedPacketException e) {
                    warnings.add(where + e.getMessage());
                }
            }
            out.add(new MultiRecord(type, version, end, data, ok, headerOk, content));
            if (end || available < length) {
                break;
            }
            pos += MultiRecord.HEADER + length;
        }
        return out;
    }

    private static byte[] array(ByteBuffer image) {
        byte[] all = new byte[image.limit()];
        image.get(0, all);
        return all;
    }

    /** True when nothing was damaged. */
    public boolean clean() {
        return warnings.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FruInventory f && f.header.equals(header)
                && Arrays.equals(f.internalUse.orElse(null), internalUse.orElse(null))
                && f.chassis.equals(chassis) && f.board.equals(board) && f.product.equals(product)
                && f.multiRecords.equals(multiRecords) && f.warnings.equals(warnings);
    }

    @Override
    public int hashCode() {
        return header.hashCode() * 31 + product.hashCode();
    }

    @Override
    public String toString() {
        return "FruInventory[chassis=" + chassis + ", board=" + board + ", product=" + product
                + ", multiRecords=" + multiRecords + ", internalUse="
                + internalUse.map(Wire::hex).orElse("none") + ", warnings=" + warnings + "]";
    }
}
