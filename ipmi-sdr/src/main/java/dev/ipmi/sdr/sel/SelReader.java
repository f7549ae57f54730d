package dev.ipmi.sdr.sel;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.storage.ClearSel;
import dev.ipmi.core.command.storage.GetSelEntry;
import dev.ipmi.core.command.storage.GetSelInfo;
import dev.ipmi.core.command.storage.GetSelTime;
import dev.ipmi.core.command.storage.RepositoryInfo;
import dev.ipmi.core.command.storage.ReserveSel;
import dev.ipmi.core.command.storage.Timestamp;
import dev.ipmi.lan.IpmiSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and clears the System Event Log (IPMI v2.0 rev 1.1 §31): Get SEL Info, then Get SEL
 * Entry from record 0000h along the next-record-id chain, whole 16-byte entries (which need no
 * reservation); Reserve SEL + Clear SEL with polling until the erase completes.
 */
public final class SelReader {
    private static final int LAST = 0xFFFF;
    private static final int MAX_CLEAR_POLLS = 50;

    private final IpmiSession session;

    public SelReader(IpmiSession session) {
        this.session = session;
    }

    public RepositoryInfo info() throws IOException {
        return session.sendBlocking(new GetSelInfo()).info();
    }

    /** The SEL's clock (Get SEL Time); pre-init when it was never set. */
    public Timestamp time() throws IOException {
        return session.sendBlocking(new GetSelTime()).time();
    }

    /** Every entry, oldest first. */
    public List<SelRecord> readAll() throws IOException {
        RepositoryInfo info = info();
        List<SelRecord> out = new ArrayList<>(info.entries());
        if (info.entries() == 0) {
            return out;
        }
        Set<Integer> seen = new HashSet<>();
        for (int id = 0; id != LAST; ) {
            if (!seen.add(id)) {
                throw new MalformedPacketException("SEL: record " + id + " comes twice in the chain");
            }
            GetSelEntry.Response r = session.sendBlocking(GetSelEntry.whole(id));
            out.add(SelRecord.decode(ByteBuffer.wrap(r.data().toByteArray())));
            id = r.nextRecordId();
        }
        return out;
    }

    /** Erases the log and waits (polling every {@code pollInterval}) until the BMC says it is done. */
    public void clear(Duration pollInterval) throws IOException {
        int reservation = session.sendBlocking(new ReserveSel()).reservationId();
        if (session.sendBlocking(ClearSel.initiate(reservation)).completed()) {
            return;
        }
        for (int i = 0; i < MAX_CLEAR_POLLS; i++) {
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while the SEL is being cleared");
            }
            if (session.sendBlocking(ClearSel.status(reservation)).completed()) {
                return;
            }
        }
        throw new IpmiException("SEL erase did not complete after " + MAX_CLEAR_POLLS + " polls");
    }
}
