package dev.ipmi.sdr;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.RawResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntUnaryOperator;

/**
 * An in-process BMC that answers the storage commands from byte arrays, with knobs for the
 * awkward behaviour real BMCs show: a maximum read size, cancelled reservations, a repository
 * that changes under the reader.
 */
public final class FakeStorageBmc implements IpmiSession {
    final List<byte[]> sdrs;
    final byte[] fru;
    /** Device SDRs by LUN; any makes Get Device ID say "provides device SDRs". */
    final Map<Integer, List<byte[]>> deviceSdrs = new TreeMap<>();
    /** Get Device ID's device support byte (9Fh: everything but bridge and event generator). */
    int support = 0x9F;
    /** Reads larger than this fail with {@link #tooLarge}; FFh (whole record) counts as 255. */
    int maxRead = 255;
    int tooLarge = 0xCA;
    /** Called with the count of Get SDR commands so far; non-zero cancels the reservation. */
    IntUnaryOperator cancelReservationAt = n -> 0;
    /** Added to the repository's addition timestamp on each Get SDR Repository Info. */
    IntUnaryOperator additionAt = n -> 0;
    int reservation = 1;
    /** Non-zero: the completion code of every Reserve (Device) SDR Repository. */
    int reserveCode;
    int getSdrCount;
    int reserveCount;
    int infoCount;
    final List<Integer> fruReadSizes = new ArrayList<>();
    /** The names of the commands received, in order. */
    final List<String> commands = new ArrayList<>();
    /** Where bridged requests went. */
    final List<BridgeTarget> bridged = new ArrayList<>();
    /** The answer to Get Sensor Reading (response data after the completion code). */
    byte[] sensorReading = {0x2d, (byte) 0xc0, 0};

    public FakeStorageBmc(List<byte[]> sdrs, byte[] fru) {
        this.sdrs = sdrs;
        this.fru = fru;
    }

    @Override
    public <R> R sendBlocking(IpmiRequest<R> request) throws IOException {
        return answer(request, 0);
    }

    private <R> R answer(IpmiRequest<R> request, int lun) throws IOException {
        commands.add(request.spec().name());
        ByteBuffer in = ByteBuffer.allocate(request.dataLength()).order(ByteOrder.LITTLE_ENDIAN);
        request.encodeData(in);
        in.flip();
        ByteBuffer out = ByteBuffer.allocate(300).order(ByteOrder.LITTLE_ENDIAN);
        int cc = answer(request.spec().netFn(), request.spec().command(), in, out, lun);
        if (cc != 0) {
            throw new CompletionCodeException(request.spec(), CompletionCode.of(cc));
        }
        return request.decodeResponse(out.flip());
    }

    private int answer(NetFn netFn, int command, ByteBuffer in, ByteBuffer out, int lun) {
        List<byte[]> sdrs = this.sdrs;
        if (netFn == NetFn.APP && command == 0x01) { // Get Device ID
            out.put((byte) 0x20).put((byte) (deviceSdrs.isEmpty() ? 0x01 : 0x81)).put((byte) 1).put((byte) 0x02)
                    .put((byte) 0x02).put((byte) support).put((byte) 0x57).put((byte) 0x01).put((byte) 0)
                    .putShort((short) 1);
            return 0;
        }
        if (netFn == NetFn.SENSOR_EVENT) {
            // Device SDRs: the LUN's records behind the Sensor/Event commands.
            sdrs = deviceSdrs.getOrDefault(lun, List.of());
            switch (command) {
                case 0x20 -> {
                    int luns = deviceSdrs.keySet().stream().mapToInt(l -> 1 << l).sum();
                    out.put((byte) sdrs.size()).put((byte) (0x80 | luns)).putInt(0x1000 + additionAt.applyAsInt(++infoCount));
                    return 0;
                }
                case 0x2D -> { // Get Sensor Reading
                    out.put(sensorReading);
                    return 0;
                }
                case 0x21 -> command = 0x23;
                case 0x22 -> { } // Reserve Device SDR Repository has the storage number too
                default -> {
                    return 0xC1;
                }
            }
        } else if (netFn != NetFn.STORAGE) {
            return 0xC1;
        }
        switch (command) {
            case 0x20 -> { // Get SDR Repository Info
                out.put((byte) 0x51).putShort((short) sdrs.size()).putShort((short) 0x1000)
                        .putInt(0x1000 + additionAt.applyAsInt(++infoCount)).putInt(0x10).put((byte) 0x02);
                return 0;
            }
            case 0x22 -> { // Reserve SDR Repository
                reserveCount++;
                if (reserveCode != 0) {
                    return reserveCode;
                }
                out.putShort((short) ++reservation);
                return 0;
            }
            case 0x23 -> { // Get SDR
                int res = in.getShort() & 0xFFFF;
                int id = in.getShort() & 0xFFFF;
                int offset = in.get() & 0xFF;
                int count = in.get() & 0xFF;
                getSdrCount++;
                if (cancelReservationAt.applyAsInt(getSdrCount) != 0) {
                    reservation++;
                }
                if (offset > 0 && res != reservation) {
                    return 0xC5;
                }
                int index = id == 0 ? 0 : indexOf(sdrs, id);
                if (index < 0) {
                    return 0xCB;
                }
                if (count > maxRead) {
                    return tooLarge;
                }
                byte[] rec = sdrs.get(index);
                int next = index + 1 < sdrs.size() ? (sdrs.get(index + 1)[0] & 0xFF) | (sdrs.get(index + 1)[1] & 0xFF) << 8 : 0xFFFF;
                out.putShort((short) next);
                out.put(rec, offset, Math.min(count, rec.length - offset));
                return 0;
            }
            case 0x10 -> { // Get FRU Inventory Area Info
                out.putShort((short) fru.length).put((byte) 0);
                return 0;
            }
            case 0x11 -> { // Read FRU Data
                in.get();
                int offset = in.getShort() & 0xFFFF;
                int count = in.get() & 0xFF;
                fruReadSizes.add(count);
                if (count > maxRead) {
                    return tooLarge;
                }
                int n = Math.min(count, fru.length - offset);
                out.put((byte) n).put(fru, offset, n);
                return 0;
            }
            default -> {
                return 0xC1;
            }
        }
    }

    private static int indexOf(List<byte[]> sdrs, int id) {
        for (int i = 0; i < sdrs.size(); i++) {
            if (((sdrs.get(i)[0] & 0xFF) | (sdrs.get(i)[1] & 0xFF) << 8) == id) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public <R> CompletableFuture<R> send(IpmiRequest<R> request) {
        try {
            return CompletableFuture.completedFuture(sendBlocking(request));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public <R> CompletableFuture<R> send(IpmiRequest<R> request, BridgeTarget target) {
        bridged.add(target);
        try {
            return CompletableFuture.completedFuture(answer(request, target.lun()));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public BmcAddress bmc() {
        return BmcAddress.of("127.0.0.1", 623);
    }

    @Override
    public IpmiVersion version() {
        return IpmiVersion.V2_0;
    }

    @Override
    public CipherSuite cipherSuite() {
        return CipherSuite.SUITE_3;
    }

    @Override
    public AuthType authType() {
        return AuthType.RMCP_PLUS;
    }

    @Override
    public PrivilegeLevel privilege() {
        return PrivilegeLevel.ADMINISTRATOR;
    }

    @Override
    public int bmcSessionId() {
        return 1;
    }

    @Override
    public int consoleSessionId() {
        return 2;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public CompletableFuture<RawResponse> sendRaw(NetFn netFn, int command, byte[] data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RawResponse sendRawBlocking(NetFn netFn, int command, byte[] data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
    }
}
