package dev.ipmi.testkit.sim;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.AuthType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A BMC simulated in the JVM: a UDP endpoint on loopback that speaks RMCP/ASF, IPMI 1.5 and
 * RMCP+ (IPMI v2.0 chapter 13, all cipher suites 0-19), with users, session limits, idle
 * timeout, privilege checks, a chassis, sensors, SDR repository, SEL, FRU, watchdog, DCMI
 * power reading and Serial-over-LAN, plus run-time {@linkplain Faults fault injection}. The
 * default profile is the ipmi_sim testbed's (users {@code admin/adminpass} ... , device ID
 * 20h, firmware 1.23, manufacturer 4753, product 3842, the same SDRs, SEL and FRUs), so tests
 * written against {@code IpmiSimBmc} run against this one unchanged, in milliseconds and
 * without external programs.
 *
 * <p>One selector thread per BMC (a daemon named after the port), no thread per session,
 * buffers allocated on first use: thousands fit in one JVM.
 *
 * <p>A JUnit 5 test with this library's client ({@code ipmi-lan}):
 * <pre>{@code
 * class PowerTest {
 *     SimulatedBmc bmc;
 *     @BeforeEach void start() throws IOException { bmc = SimulatedBmc.newBuilder().start(); }
 *     @AfterEach void stop() { bmc.close(); }
 *
 *     @Test void powersOff() throws IOException {
 *         try (IpmiClient client = IpmiClient.newBuilder().build();
 *              IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()),
 *                      Credentials.of("admin", "adminpass"))) {
 *             s.sendBlocking(new ChassisControl(ChassisControl.Control.POWER_DOWN));
 *         }
 *         assertFalse(bmc.isPowerOn());
 *         bmc.faults().dropInbound(0.2);          // next: the same over a lossy link
 *     }
 * }
 * }</pre>
 *
 * <p>Standalone: {@code java -cp ... dev.ipmi.testkit.sim.Main --port 9623}.
 */
public final class SimulatedBmc implements AutoCloseable {
    private final BmcConfig config;
    private final Engine engine;
    private final Faults faults;
    private final Chassis chassis;
    private final Sensors sensors;
    private final Storage storage;
    private final SolConsole solConsole;
    private final SolPayload sol;
    private final LanProtocol lan;
    private final UserTable users;

    private SimulatedBmc(Builder b, BmcConfig config) throws IOException {
        this.config = config;
        this.faults = new Faults(b.seed);
        this.chassis = new Chassis(b.poweredOn);
        this.sensors = Sensors.testbed();
        this.storage = Storage.testbed();
        this.engine = new Engine(new InetSocketAddress(b.bindAddress, b.port), faults, "simulated-bmc");
        this.solConsole = new SolConsole();
        TransportConfig transport = new TransportConfig(config, engine);
        this.sol = new SolPayload(config, engine, solConsole, transport);
        this.users = new UserTable(config.users());
        CommandRouter router = new CommandRouter(config, users, engine, transport, chassis, sensors, storage, sol);
        this.lan = new LanProtocol(config, users, engine, faults, router, sol);
        sol.attach(lan);
        engine.start(lan::receive);
    }

    /** A builder with the ipmi_sim testbed profile. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** The UDP address clients send to. */
    public InetSocketAddress address() {
        return engine.localAddress();
    }

    /** The UDP port. */
    public int port() {
        return address().getPort();
    }

    /**
     * The users now: those configured, as changed since by Set User Name / Password / Access
     * (a user without access or IPMI messaging shows as disabled).
     */
    public List<SimUser> users() {
        return call(users::all);
    }

    /** Run-time fault injection. */
    public Faults faults() {
        return faults;
    }

    /** The host side of Serial-over-LAN. */
    public SolConsole sol() {
        return solConsole;
    }

    /** Chassis power state. */
    public boolean isPowerOn() {
        return chassis.powerOn();
    }

    /** Sets chassis power as if the host's power button was pressed. */
    public void setPowerOn(boolean on) {
        chassis.setPower(on, on ? "button on" : "button off");
    }

    /** Every chassis control request so far ("off", "on", "cycle", "reset", "diag", "soft"), oldest first. */
    public List<String> chassisControlLog() {
        return chassis.controlLog();
    }

    /** Sets a sensor's raw reading (threshold sensors; see the SDRs for the conversion). */
    public void setSensorReading(int sensorNumber, int raw) {
        sensors.setRaw(sensorNumber, raw);
    }

    /** Sets a discrete sensor's asserted state bits (bit n = offset n). */
    public void setSensorStates(int sensorNumber, int states) {
        sensors.setStates(sensorNumber, states);
    }

    /**
     * Adds a SEL record: the 14 bytes after the record ID (type, timestamp, ...) or all 16.
     * The BMC assigns the ID and, for record types below E0h, the timestamp.
     * @return the record ID
     */
    public int addSelEntry(byte[] record) {
        if (record.length != 14 && record.length != 16) {
            throw new IllegalArgumentException("a SEL record is 16 bytes (14 after the record ID)");
        }
        return storage.addSel(record);
    }

    /** The SEL, 16 bytes per record. */
    public List<byte[]> selEntries() {
        return storage.selEntries();
    }

    /** Active sessions (handshakes in progress not counted). */
    public int activeSessionCount() {
        return call(() -> lan.activeSessions().size());
    }

    /** The BMC session ID owning the SOL payload, 0 when none. */
    public int solOwnerSessionId() {
        return call(sol::ownerSessionId);
    }

    /** Drops every session without telling anybody, as a BMC reboot does. */
    public void forgetAllSessions() {
        call(() -> {
            lan.forgetAll();
            return null;
        });
    }

    /** Exceptions the selector thread caught (and logged) so far; tests assert 0. */
    int internalErrors() {
        return engine.failures();
    }

    private <T> T call(Supplier<T> task) {
        if (engine.inEngineThread()) {
            return task.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        engine.post(() -> f.complete(task.get()));
        try {
            return f.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("simulated BMC did not answer", e);
        }
    }

    /** Stops the selector thread and closes the socket. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "SimulatedBmc[" + address() + ", " + config.users().size() + " users]";
    }

    /** Settings of a {@link SimulatedBmc}; starts with the ipmi_sim testbed profile. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private final List<SimUser> users = new ArrayList<>(testbedUsers());
        private byte[] kg;
        private List<CipherSuite> suites = CipherSuite.standard();
        private Set<AuthType> ipmi15 = EnumSet.of(AuthType.NONE, AuthType.MD2, AuthType.MD5, AuthType.PASSWORD);
        private int maxSessions = 32;
        private Duration idleTimeout = Duration.ofSeconds(60);
        private boolean poweredOn = true;
        private Duration powerCycleDelay = Duration.ofSeconds(1);
        private SolStealing solStealing = SolStealing.SILENT;
        private boolean payloadStatusCommands = true;
        private boolean solRetransmitsUntilAcknowledged;
        private RawCommandHandler rawHandler;
        private byte[] guid = HexFormat.of().parseHex("a123456789abcdefa123456789abcdef");
        private long seed = System.nanoTime();
        private final Set<Integer> satellites = new java.util.HashSet<>();

        private Builder() {}

        /** The testbed's users: admin, operator, user, longpw, and the disabled user "disabled". */
        public static List<SimUser> testbedUsers() {
            return List.of(SimUser.of(2, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR),
                    SimUser.of(3, "operator", "operpass", PrivilegeLevel.OPERATOR),
                    SimUser.of(4, "user", "userpass", PrivilegeLevel.USER),
                    SimUser.of(5, "longpw", "0123456789abcdefghi", PrivilegeLevel.ADMINISTRATOR),
                    SimUser.of(6, "disabled", "disabledpass", PrivilegeLevel.ADMINISTRATOR).disabled());
        }

        /** UDP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 0xFFFF) {
                throw new IllegalArgumentException("port " + port);
            }
            this.port = port;
            return this;
        }

        /** Address to bind; the loopback address by default. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address);
            return this;
        }

        /** Removes all users (the testbed ones included). */
        public Builder clearUsers() {
            users.clear();
            return this;
        }

        /** Adds a user, replacing one with the same ID. */
        public Builder user(SimUser user) {
            users.removeIf(u -> u.id() == user.id());
            users.add(user);
            return this;
        }

        /** Adds an enabled user. */
        public Builder user(int id, String name, String password, PrivilegeLevel maxPrivilege) {
            return user(SimUser.of(id, name, password, maxPrivilege));
        }

        /** The BMC key K_G (RMCP+ "two-key" login); none by default. */
        public Builder kg(byte[] kg) {
            if (kg != null && kg.length > 20) {
                throw new IllegalArgumentException("K_G is at most 20 bytes");
            }
            this.kg = kg == null ? null : java.util.Arrays.copyOf(kg, 20);
            return this;
        }

        /** The RMCP+ cipher suites offered, in this order; all of 0-19 by default. */
        public Builder cipherSuites(int... ids) {
            List<CipherSuite> list = new ArrayList<>();
            for (int id : ids) {
                list.add(CipherSuite.byId(id).orElseThrow(() -> new IllegalArgumentException("no cipher suite " + id)));
            }
            this.suites = List.copyOf(list);
            return this;
        }

        /** The IPMI 1.5 authentication types accepted; NONE, MD2, MD5 and PASSWORD by default. None = no IPMI 1.5. */
        public Builder ipmi15AuthTypes(AuthType... types) {
            Set<AuthType> s = EnumSet.noneOf(AuthType.class);
            for (AuthType t : types) {
                if (t == AuthType.OEM || t == AuthType.RMCP_PLUS) {
                    throw new IllegalArgumentException(t + " is not an IPMI 1.5 authentication type");
                }
                s.add(t);
            }
            this.ipmi15 = s;
            return this;
        }

        /** Session slots (both protocols, handshakes included), 1..63; 32 by default. */
        public Builder maxSessions(int n) {
            if (n < 1 || n > 63) {
                throw new IllegalArgumentException("max sessions 1..63: " + n);
            }
            this.maxSessions = n;
            return this;
        }

        /** Sessions silent this long are closed; 60 s by default. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Initial chassis power; on by default. */
        public Builder poweredOn(boolean on) {
            this.poweredOn = on;
            return this;
        }

        /** How long a power cycle keeps the power off; 1 s by default. */
        public Builder powerCycleDelay(Duration delay) {
            this.powerCycleDelay = Objects.requireNonNull(delay);
            return this;
        }

        /** What a second SOL session does to the first; {@link SolStealing#SILENT} by default. */
        public Builder solStealing(SolStealing mode) {
            this.solStealing = Objects.requireNonNull(mode);
            return this;
        }

        /** Whether Get Payload Activation Status / Instance Info exist (else C1h); true by default. */
        public Builder payloadStatusCommands(boolean on) {
            this.payloadStatusCommands = on;
            return this;
        }

        /**
         * Whether host output the console has not acknowledged is kept and sent again for as long as
         * the payload stays active, instead of being dropped after the SOL retries (SOL
         * configuration parameter 4, at most 7) as real BMCs do; false by default. No console can
         * recover characters a BMC dropped, so checks of a console's exactly-once delivery through
         * heavy loss turn this on.
         */
        public Builder solRetransmitsUntilAcknowledged(boolean on) {
            this.solRetransmitsUntilAcknowledged = on;
            return this;
        }

        /** Handler consulted first for every in-session command. */
        public Builder rawCommandHandler(RawCommandHandler handler) {
            this.rawHandler = handler;
            return this;
        }

        /** The 16-byte device GUID (also the RAKP GUID_C). */
        public Builder guid(byte[] guid) {
            if (guid.length != 16) {
                throw new IllegalArgumentException("GUID is 16 bytes");
            }
            this.guid = guid.clone();
            return this;
        }

        /**
         * Adds a satellite management controller on IPMB channel 0 that Send Message reaches
         * (ipmitool {@code -t ADDRESS}); it answers Get Device ID (device ID = its address) and
         * C1h to everything else.
         */
        public Builder ipmbSatellite(int address) {
            if (address < 0x02 || address > 0xFE || (address & 1) != 0 || address == 0x20) {
                throw new IllegalArgumentException(String.format("not a free 8-bit IPMB slave address: %02xh", address));
            }
            satellites.add(address);
            return this;
        }

        /** Seed of the fault-injection dice, for reproducible runs. */
        public Builder faultSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Binds the socket and starts the selector thread. */
        public SimulatedBmc start() throws IOException {
            // ipmi_sim answers Get System GUID with the device GUID too; the testbed profile matches it.
            byte[] systemGuid = guid.clone();
            BmcConfig c = new BmcConfig(List.copyOf(users), suites, kg, Set.copyOf(ipmi15), maxSessions, idleTimeout,
                    guid.clone(), systemGuid,
                    new BmcConfig.DeviceIdentity(0x20, 0x01, 1, 0x23, 4753, 3842), solStealing,
                    payloadStatusCommands, solRetransmitsUntilAcknowledged, powerCycleDelay, rawHandler, BmcConfig.records(suites), Set.copyOf(satellites));
            return new SimulatedBmc(this, c);
        }
    }
}
