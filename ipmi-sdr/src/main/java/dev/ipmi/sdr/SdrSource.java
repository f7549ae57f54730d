package dev.ipmi.sdr;

import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.sensor.GetDeviceSdr;
import dev.ipmi.core.command.sensor.GetDeviceSdrInfo;
import dev.ipmi.core.command.sensor.ReserveDeviceSdrRepository;
import dev.ipmi.core.command.storage.GetSdr;
import dev.ipmi.core.command.storage.GetSdrRepositoryInfo;
import dev.ipmi.core.command.storage.RepositoryInfo;
import dev.ipmi.core.command.storage.ReserveSdrRepository;
import dev.ipmi.lan.IpmiSession;
import java.io.IOException;

/**
 * The three commands a repository walk needs, for the BMC's SDR repository (Storage NetFn,
 * IPMI v2.0 §33) or a controller's device SDRs (Sensor/Event NetFn, §35.2-35.4).
 */
interface SdrSource {
    /**
     * What identifies one state of the repository: the walk is repeated if it differs after
     * the walk.
     */
    record Version(int entries, long addition, long erase, boolean reservable) {
        boolean sameContents(Version other) {
            return addition == other.addition && erase == other.erase;
        }
    }

    /** One Get (Device) SDR answer. */
    record Piece(int nextRecordId, Octets data) { }

    Version version() throws IOException;

    int reserve() throws IOException;

    Piece get(int reservation, int recordId, int offset, int count) throws IOException;

    /** The SDR repository of {@code mc} (normally the BMC). */
    static SdrSource repository(IpmiSession session, Controller mc) {
        return new SdrSource() {
            @Override
            public Version version() throws IOException {
                RepositoryInfo i = mc.send(session, new GetSdrRepositoryInfo(), 0).info();
                return new Version(i.entries(), i.lastAddition().seconds(), i.lastErase().seconds(),
                        i.supportsReserve());
            }

            @Override
            public int reserve() throws IOException {
                return mc.send(session, new ReserveSdrRepository(), 0).reservationId();
            }

            @Override
            public Piece get(int reservation, int recordId, int offset, int count) throws IOException {
                GetSdr.Response r = mc.send(session, new GetSdr(reservation, recordId, offset, count), 0);
                return new Piece(r.nextRecordId(), r.data());
            }
        };
    }

    /**
     * The device SDRs {@code mc} keeps on one of its LUNs: every command of the walk goes to
     * that LUN.
     */
    static SdrSource device(IpmiSession session, Controller mc, int lun) {
        return new SdrSource() {
            @Override
            public Version version() throws IOException {
                GetDeviceSdrInfo.Response i = mc.send(session, new GetDeviceSdrInfo(true), lun);
                // Static populations have no change indicator: their contents never change.
                long change = i.populationChangeIndicator().orElse(0) & 0xFFFFFFFFL;
                return new Version(i.count(), change, 0, true);
            }

            @Override
            public int reserve() throws IOException {
                return mc.send(session, new ReserveDeviceSdrRepository(), lun).reservationId();
            }

            @Override
            public Piece get(int reservation, int recordId, int offset, int count) throws IOException {
                GetDeviceSdr.Response r = mc.send(session, new GetDeviceSdr(reservation, recordId, offset, count), lun);
                return new Piece(r.nextRecordId(), r.data());
            }
        };
    }
}
