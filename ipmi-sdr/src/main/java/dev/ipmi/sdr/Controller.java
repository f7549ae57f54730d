package dev.ipmi.sdr;

import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.IpmiSession;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;

/**
 * A management controller by channel and slave address. A LAN session talks to the BMC's
 * LUN 0 only; every other controller or LUN is reached through Send Message bridging
 * (IPMI v2.0 rev 1.1 §6.13), which is how sensors and device SDRs of satellite controllers,
 * and of the BMC's own LUNs 1-3, are read.
 */
record Controller(int channel, int address) {
    static final Controller BMC = new Controller(0, 0x20);

    /** {@code request} to this controller's {@code lun}, blocking. */
    <R> R send(IpmiSession session, IpmiRequest<R> request, int lun) throws IOException {
        if (equals(BMC) && lun == 0) {
            return session.sendBlocking(request);
        }
        BridgeTarget target = new BridgeTarget(channel, address, lun);
        try {
            return session.send(request, target).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + target);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(request.spec().name() + " bridged to " + target + " failed", e.getCause());
        }
    }
}
