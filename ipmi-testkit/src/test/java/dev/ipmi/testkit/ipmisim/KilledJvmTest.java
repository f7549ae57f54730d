package dev.ipmi.testkit.ipmisim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A test JVM killed with SIGKILL runs no cleanup code; its BMC must go away anyway. */
class KilledJvmTest {

    /** The victim: starts a BMC, prints "ipmi_sim-pid socat-pid work-dir", then waits to be killed. */
    public static final class Victim {
        public static void main(String[] args) throws Exception {
            IpmiSimBmc bmc = IpmiSimBmc.start();
            System.out.println(bmc.ipmiSimProcess().pid() + " " + bmc.socatProcess().pid() + " " + bmc.workDir());
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void processesEndWhenTheJvmIsKilledAndTheWorkDirIsSweptLater() throws Exception {
        Prerequisites.fromEnvironment().requireIpmiSim();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                        Victim.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        } finally {
            jvm.destroyForcibly(); // SIGKILL
        }
        assertNotNull(line, "victim JVM printed nothing");
        String[] f = line.split(" ", 3);
        // The kernel may have ended them already (that is the point): keep pids, not handles.
        long ipmiSim = Long.parseLong(f[0]);
        long socat = Long.parseLong(f[1]);
        Path workDir = Path.of(f[2]);
        assertTrue(jvm.waitFor(5, TimeUnit.SECONDS));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((isRunning(ipmiSim) || isRunning(socat)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(isRunning(ipmiSim), "ipmi_sim outlived its JVM");
        assertFalse(isRunning(socat), "socat outlived its JVM");

        assertTrue(Files.isDirectory(workDir));
        StaleWorkDirs.sweep(workDir.getParent());
        assertFalse(Files.exists(workDir), "work dir of the dead JVM swept");
    }

    /** Alive and not a zombie waiting for a parent that does not reap. */
    private static boolean isRunning(long pid) throws Exception {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
            return false;
        }
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String s;
        try {
            s = Files.readString(stat);
        } catch (java.io.IOException gone) {
            return false; // exited between the two checks
        }
        char state = s.charAt(s.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }
}
