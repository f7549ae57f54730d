package dev.ipmi.testkit.sim;

import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.CipherSuiteRecord;
import dev.ipmi.core.crypto.CipherSuiteRecords;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.RmcpPlusStatus;
import dev.ipmi.core.wire.SecurityAlgorithms;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Everything fixed at {@link SimulatedBmc.Builder#start()}; immutable. */
record BmcConfig(List<SimUser> users, List<CipherSuite> cipherSuites, byte[] kg, Set<AuthType> ipmi15AuthTypes,
        int maxSessions, Duration idleTimeout, byte[] guid, byte[] systemGuid, DeviceIdentity device,
        SolStealing solStealing, boolean payloadStatusCommands, boolean solRetransmitsUntilAcknowledged,
        Duration powerCycleDelay, RawCommandHandler rawHandler,
        byte[] cipherSuiteRecords, Set<Integer> satellites) {

    /** The identity Get Device ID reports. */
    record DeviceIdentity(int deviceId, int deviceRevision, int firmwareMajor, int firmwareMinorBcd,
            int manufacturerId, int productId) {}

    static byte[] records(List<CipherSuite> suites) {
        List<CipherSuiteRecord> records = suites.stream().map(CipherSuiteRecord::of).toList();
        ByteBuffer b = ByteBuffer.allocate(CipherSuiteRecords.encodedLength(records));
        CipherSuiteRecords.encode(records, b);
        return b.array();
    }

    CipherSuite suiteFor(SecurityAlgorithms a) {
        for (CipherSuite s : cipherSuites) {
            if (s.authentication().id() == a.authenticationId() && s.integrity().id() == a.integrityId()
                    && s.confidentiality().id() == a.confidentialityId()) {
                return s;
            }
        }
        return null;
    }

    /** The Open Session status for algorithms no enabled suite has: the first field that matches nothing. */
    RmcpPlusStatus whyNoSuite(SecurityAlgorithms a) {
        boolean auth = false;
        boolean integrity = false;
        for (CipherSuite s : cipherSuites) {
            if (s.authentication().id() == a.authenticationId()) {
                auth = true;
                if (s.integrity().id() == a.integrityId()) {
                    integrity = true;
                }
            }
        }
        if (!auth) {
            return RmcpPlusStatus.INVALID_AUTHENTICATION_ALGORITHM;
        }
        return integrity ? RmcpPlusStatus.INVALID_CONFIDENTIALITY_ALGORITHM : RmcpPlusStatus.INVALID_INTEGRITY_ALGORITHM;
    }
}
