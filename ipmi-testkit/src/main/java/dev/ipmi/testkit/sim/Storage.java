package dev.ipmi.testkit.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The storage devices of the simulated BMC (IPMI v2.0 chapters 31-34): SDR repository, SEL
 * and FRU inventory, byte-exact like a real BMC keeps them. Synchronized: tests add SEL
 * entries while clients read them.
 */
final class Storage {
    private static final int SEL_CAPACITY = 1000;
    // Read once per JVM: thousands of simulated BMCs share them (FRUs are copied, they are writable).
    private static final byte[] TESTBED_SDRS = resource("testbed-sdr.bin");
    private static final byte[] TESTBED_FRU0 = resource("testbed-fru0.bin");
    private static final byte[] TESTBED_FRU1 = resource("testbed-fru1.bin");

    private final List<byte[]> sdrs = new ArrayList<>();
    private int sdrReservation;
    private final List<byte[]> sel = new ArrayList<>();
    private int nextSelId = 1;
    private int selReservation;
    private long selAddTime = 0xFFFFFFFFL;
    private long selEraseTime = 0xFFFFFFFFL;
    private long clockOffsetSeconds;
    private final Map<Integer, byte[]> frus = new TreeMap<>();

    /** The ipmi_sim testbed's SDRs, SEL and FRUs (bundled resources, see README.txt beside them). */
    static Storage testbed() {
        Storage s = new Storage();
        byte[] all = TESTBED_SDRS;
        for (int at = 0; at + 5 <= all.length; ) {
            int length = 5 + (all[at + 4] & 0xFF);
            s.sdrs.add(Arrays.copyOfRange(all, at, at + length));
            at += length;
        }
        s.frus.put(0, TESTBED_FRU0.clone());
        s.frus.put(1, TESTBED_FRU1.clone());
        // The emulator's own start-up event, then the five of testbed.emu.
        s.addSel(hex("02 00000000 2000 04 08 08 6f 00 ffff"));
        s.addSel(hex("02 00000000 2000 04 01 01 01 57 56 55"));
        s.addSel(hex("02 00000000 2000 04 08 08 6f 00 ffff"));
        s.addSel(hex("02 00000000 2000 04 05 09 6f 00 ffff"));
        s.addSel(hex("02 00000000 2000 04 05 09 ef 00 ffff"));
        s.addSel(hex("e0 54 45 53 54 42 45 44 2d 4f 45 4d 21 00"));
        return s;
    }

    private static byte[] hex(String s) {
        String h = s.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Storage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized long now() {
        return (System.currentTimeMillis() / 1000 + clockOffsetSeconds) & 0xFFFFFFFFL;
    }

    // ---------------------------------------------------------------- SDR repository (chapter 33)

    synchronized Reply sdrInfo() {
        ByteBuffer b = le(14);
        b.put((byte) 0x51).putShort((short) sdrs.size()).putShort((short) 0xFFFF).putInt(0).putInt(0).put((byte) 0x02);
        return Reply.ok(b.array());
    }

    synchronized Reply reserveSdr() {
        sdrReservation = next(sdrReservation);
        return Reply.ok((byte) sdrReservation, (byte) (sdrReservation >>> 8));
    }

    /** Get SDR: reservation(2) record(2) offset(1) count(1). */
    synchronized Reply getSdr(byte[] d) {
        if (d.length < 6) {
            return Reply.cc(0xC7);
        }
        ByteBuffer in = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
        int reservation = in.getShort() & 0xFFFF;
        int id = in.getShort() & 0xFFFF;
        int offset = d[4] & 0xFF;
        int count = d[5] & 0xFF;
        if (offset != 0 && reservation != sdrReservation) {
            return Reply.cc(0xC5);
        }
        int index = id == 0 ? 0 : id == 0xFFFF ? sdrs.size() - 1 : indexOf(sdrs, id);
        if (index < 0 || index >= sdrs.size()) {
            return Reply.cc(0xCB);
        }
        byte[] rec = sdrs.get(index);
        int nextId = index + 1 < sdrs.size() ? recordId(sdrs.get(index + 1)) : 0xFFFF;
        return partial(rec, offset, count, nextId);
    }

    // ---------------------------------------------------------------- SEL (chapter 31)

    /** Adds a 16-byte record (or its 14 bytes after the ID); assigns the ID and, below type E0h, the time. */
    synchronized int addSel(byte[] recordAfterId) {
        byte[] r = new byte[16];
        System.arraycopy(recordAfterId, recordAfterId.length == 16 ? 2 : 0, r, 2, 14);
        int id = nextSelId;
        nextSelId = next(nextSelId);
        r[0] = (byte) id;
        r[1] = (byte) (id >>> 8);
        if ((r[2] & 0xFF) < 0xE0) {
            long t = now();
            r[3] = (byte) t;
            r[4] = (byte) (t >>> 8);
            r[5] = (byte) (t >>> 16);
            r[6] = (byte) (t >>> 24);
        }
        sel.add(r);
        selAddTime = now();
        return id;
    }

    synchronized List<byte[]> selEntries() {
        return sel.stream().map(byte[]::clone).toList();
    }

    synchronized Reply selInfo() {
        ByteBuffer b = le(14);
        b.put((byte) 0x51).putShort((short) sel.size()).putShort((short) ((SEL_CAPACITY - sel.size()) * 16))
                .putInt((int) selAddTime).putInt((int) selEraseTime).put((byte) 0x0A);
        return Reply.ok(b.array());
    }

    synchronized Reply selAllocation() {
        ByteBuffer b = le(9);
        int free = SEL_CAPACITY - sel.size();
        b.putShort((short) SEL_CAPACITY).putShort((short) 16).putShort((short) free).putShort((short) free)
                .put((byte) 1);
        return Reply.ok(b.array());
    }

    synchronized Reply reserveSel() {
        selReservation = next(selReservation);
        return Reply.ok((byte) selReservation, (byte) (selReservation >>> 8));
    }

    /** Get SEL Entry: reservation(2) record(2) offset(1) count(1, FFh = all). */
    synchronized Reply getSel(byte[] d) {
        if (d.length < 6) {
            return Reply.cc(0xC7);
        }
        ByteBuffer in = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
        int reservation = in.getShort() & 0xFFFF;
        int id = in.getShort() & 0xFFFF;
        int offset = d[4] & 0xFF;
        if (offset != 0 && reservation != selReservation) {
            return Reply.cc(0xC5);
        }
        int index = id == 0 ? 0 : id == 0xFFFF ? sel.size() - 1 : indexOf(sel, id);
        if (index < 0 || index >= sel.size()) {
            return Reply.cc(0xCB);
        }
        int nextId = index + 1 < sel.size() ? recordId(sel.get(index + 1)) : 0xFFFF;
        return partial(sel.get(index), offset, d[5] & 0xFF, nextId);
    }

    synchronized Reply addSelCommand(byte[] d) {
        if (d.length != 16) {
            return Reply.cc(0xC7);
        }
        if (sel.size() >= SEL_CAPACITY) {
            return Reply.cc(0xC4);
        }
        int id = addSel(d);
        return Reply.ok((byte) id, (byte) (id >>> 8));
    }

    /** Delete SEL Entry: reservation(2) record(2). */
    synchronized Reply deleteSel(byte[] d) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        ByteBuffer in = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
        int reservation = in.getShort() & 0xFFFF;
        int id = in.getShort() & 0xFFFF;
        if (reservation != selReservation) {
            return Reply.cc(0xC5);
        }
        int index = id == 0 ? 0 : id == 0xFFFF ? sel.size() - 1 : indexOf(sel, id);
        if (index < 0 || index >= sel.size()) {
            return Reply.cc(0xCB);
        }
        int deleted = recordId(sel.remove(index));
        selEraseTime = now();
        return Reply.ok((byte) deleted, (byte) (deleted >>> 8));
    }

    /** Clear SEL: reservation(2) 'C' 'L' 'R' action (AAh start, 00h status). */
    synchronized Reply clearSel(byte[] d) {
        if (d.length < 6) {
            return Reply.cc(0xC7);
        }
        int reservation = (d[0] & 0xFF) | (d[1] & 0xFF) << 8;
        if (d[2] != 'C' || d[3] != 'L' || d[4] != 'R') {
            return Reply.cc(0xCC);
        }
        if (reservation != selReservation) {
            return Reply.cc(0xC5);
        }
        if ((d[5] & 0xFF) == 0xAA) {
            sel.clear();
            selEraseTime = now();
        }
        return Reply.ok((byte) 0x01);
    }

    synchronized Reply selTime() {
        long t = now();
        return Reply.ok((byte) t, (byte) (t >>> 8), (byte) (t >>> 16), (byte) (t >>> 24));
    }

    synchronized Reply setSelTime(byte[] d) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        long wanted = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        clockOffsetSeconds = wanted - System.currentTimeMillis() / 1000;
        return Reply.ok();
    }

    // ---------------------------------------------------------------- FRU (chapter 34)

    synchronized Reply fruInfo(byte[] d) {
        if (d.length < 1) {
            return Reply.cc(0xC7);
        }
        byte[] fru = frus.get(d[0] & 0xFF);
        if (fru == null) {
            return Reply.cc(0xCB);
        }
        return Reply.ok((byte) fru.length, (byte) (fru.length >>> 8), (byte) 0);
    }

    /** Read FRU Data: device(1) offset(2) count(1). */
    synchronized Reply readFru(byte[] d) {
        if (d.length < 4) {
            return Reply.cc(0xC7);
        }
        byte[] fru = frus.get(d[0] & 0xFF);
        if (fru == null) {
            return Reply.cc(0xCB);
        }
        int offset = (d[1] & 0xFF) | (d[2] & 0xFF) << 8;
        int count = d[3] & 0xFF;
        if (offset >= fru.length) {
            return Reply.cc(0xC9);
        }
        if (count > 240) {
            return Reply.cc(0xCA);
        }
        int n = Math.min(count, fru.length - offset);
        byte[] r = new byte[1 + n];
        r[0] = (byte) n;
        System.arraycopy(fru, offset, r, 1, n);
        return Reply.ok(r);
    }

    /** Write FRU Data: device(1) offset(2) data. */
    synchronized Reply writeFru(byte[] d) {
        if (d.length < 3) {
            return Reply.cc(0xC7);
        }
        byte[] fru = frus.get(d[0] & 0xFF);
        if (fru == null) {
            return Reply.cc(0xCB);
        }
        int offset = (d[1] & 0xFF) | (d[2] & 0xFF) << 8;
        int n = Math.min(d.length - 3, Math.max(0, fru.length - offset));
        if (n <= 0 && d.length > 3) {
            return Reply.cc(0xC9);
        }
        System.arraycopy(d, 3, fru, offset, n);
        return Reply.ok((byte) n);
    }

    // ---------------------------------------------------------------- helpers

    private static Reply partial(byte[] rec, int offset, int count, int nextId) {
        if (offset > rec.length) {
            return Reply.cc(0xC9);
        }
        int n = count == 0xFF ? rec.length - offset : Math.min(count, rec.length - offset);
        byte[] r = new byte[2 + n];
        r[0] = (byte) nextId;
        r[1] = (byte) (nextId >>> 8);
        System.arraycopy(rec, offset, r, 2, n);
        return Reply.ok(r);
    }

    private static int indexOf(List<byte[]> records, int id) {
        for (int i = 0; i < records.size(); i++) {
            if (recordId(records.get(i)) == id) {
                return i;
            }
        }
        return -1;
    }

    private static int recordId(byte[] r) {
        return (r[0] & 0xFF) | (r[1] & 0xFF) << 8;
    }

    private static int next(int id) {
        int n = (id + 1) & 0xFFFF;
        return n == 0 || n == 0xFFFF ? 1 : n;
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
