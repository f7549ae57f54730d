package dev.ipmi.sdr.fru;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.storage.GetFruInventoryAreaInfo;
import dev.ipmi.core.command.storage.ReadFruData;
import dev.ipmi.lan.IpmiSession;
import java.io.IOException;

/**
 * Reads a FRU inventory device (IPMI v2.0 rev 1.1 §34): Get FRU Inventory Area Info, then
 * Read FRU Data in chunks. A chunk the BMC refuses as too large (C7h, C8h, CAh, FFh) is halved
 * and the smaller size kept for the rest of the image. Not thread-safe: it remembers the chunk
 * size that works.
 */
public final class FruReader {
    /** The first chunk size; IPMI messages on most BMCs carry at least this much. */
    private static final int FIRST_CHUNK = 64;
    /** FRU images are at most 64 KiB (the offset is 16 bits). */
    private static final int MAX_SIZE = 0x10000;

    private final IpmiSession session;
    private int chunk = FIRST_CHUNK;

    public FruReader(IpmiSession session) {
        this.session = session;
    }

    /** The raw image of FRU device {@code fruId}. */
    public byte[] readImage(int fruId) throws IOException {
        GetFruInventoryAreaInfo.Response info = session.sendBlocking(new GetFruInventoryAreaInfo(fruId));
        int size = Math.min(info.sizeBytes(), MAX_SIZE);
        int unit = info.byWords() ? 2 : 1;
        byte[] image = new byte[size];
        int offset = 0;
        while (offset < size) {
            int want = Math.min(chunk, size - offset) / unit;
            if (want == 0) {
                break;
            }
            byte[] part;
            try {
                part = session.sendBlocking(new ReadFruData(fruId, offset / unit, want)).data().toByteArray();
            } catch (CompletionCodeException e) {
                int cc = e.code().value();
                if ((cc == 0xC7 || cc == 0xC8 || cc == 0xCA || cc == 0xFF) && chunk > unit) {
                    chunk = Math.max(unit, chunk / 2);
                    continue;
                }
                throw e;
            }
            if (part.length == 0) {
                throw new IpmiException("Read FRU Data " + fruId + " at " + offset + ": no data");
            }
            int n = Math.min(part.length, size - offset);
            System.arraycopy(part, 0, image, offset, n);
            offset += n;
        }
        return image;
    }

    /** The decoded inventory of FRU device {@code fruId}. */
    public FruInventory read(int fruId) throws IOException {
        return FruInventory.decode(readImage(fruId));
    }
}
