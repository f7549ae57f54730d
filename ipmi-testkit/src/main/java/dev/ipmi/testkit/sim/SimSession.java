package dev.ipmi.testkit.sim;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.crypto.RakpRole;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.session.SequenceWindow;
import dev.ipmi.core.wire.AuthType;
import java.net.InetSocketAddress;
import java.util.Arrays;

/** One session slot of the simulated BMC, from Open Session (or Get Session Challenge) to close. Selector thread only. */
final class SimSession {
    enum State { OPENED, RAKP2_SENT, CHALLENGED, ACTIVE }

    final int bmcId;
    final int handle;
    final boolean v20;
    InetSocketAddress peer;
    State state;
    long lastActivityNanos;

    // RMCP+
    int consoleId;
    CipherSuite suite;
    PrivilegeLevel openMaxPrivilege;
    byte[] consoleRandom;
    byte[] bmcRandom;
    RakpRole role;
    byte[] userName;
    RmcpPlusCodec codec;
    Integrity integrity;
    Confidentiality confidentiality;
    int rakpTag;

    // IPMI 1.5
    byte[] challenge;
    AuthType authType;
    Ipmi15AuthCode auth15;
    Ipmi15Codec codec15;

    // Both
    final RecentRequests recent = new RecentRequests();
    SimUser user;
    PrivilegeLevel maxPrivilege;
    PrivilegeLevel privilege;
    SequenceWindow window;
    int outSequence;

    SimSession(int bmcId, int handle, boolean v20, InetSocketAddress peer, long now) {
        this.bmcId = bmcId;
        this.handle = handle;
        this.v20 = v20;
        this.peer = peer;
        this.lastActivityNanos = now;
        this.state = v20 ? State.OPENED : State.CHALLENGED;
    }

    boolean active() {
        return state == State.ACTIVE;
    }

    int nextOutSequence() {
        int s = outSequence++;
        if (outSequence == 0) {
            outSequence = 1;
        }
        return s;
    }

    /** Wipes keys; the slot is gone. */
    void destroy() {
        if (integrity != null) {
            integrity.close();
        }
        if (confidentiality != null) {
            confidentiality.close();
        }
        if (auth15 != null) {
            auth15.close();
        }
        if (bmcRandom != null) {
            Arrays.fill(bmcRandom, (byte) 0);
        }
        codec = null;
        codec15 = null;
    }

    @Override
    public String toString() {
        return String.format("SimSession[%08x handle %d %s %s user %s priv %s]", bmcId, handle, v20 ? "v2.0" : "v1.5",
                state, user == null ? "-" : user.name(), privilege);
    }
}
