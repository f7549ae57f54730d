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
        ProcessHandle ipmiSim = ProcessHandle.of(Long.parseLong(f[0])).orElseThrow();
        ProcessHandle socat = ProcessHandle.of(Long.parseLong(f[1])).orElseThrow();
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
    private static boolean isRunning(ProcessHandle p) throws Exception {
        if (!p.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc/" + p.pid() + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String s = Files.readString(stat);
        char state = s.charAt(s.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }
}
