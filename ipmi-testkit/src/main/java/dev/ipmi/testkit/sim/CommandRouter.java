package dev.ipmi.testkit.sim;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CatalogueEntry;
import dev.ipmi.core.command.Commands;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.IpmiLanRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Optional;

/**
 * The BMC's command set outside the session commands: device, chassis, sensors, storage,
 * transport configuration, watchdog, DCMI and the payload commands. Required privileges come
 * from the ipmi-core catalogue's {@code CommandSpec}; commands the catalogue does not have
 * yet use {@link #LOCAL_PRIVILEGES} (IPMI v2.0 Appendix G) — replace entries there as the
 * catalogue grows. Response bytes are written here directly (to be swapped for the
 * catalogue's response records as they appear).
 */
final class CommandRouter {
    /** netFn << 8 | command -> privilege, for the commands not (yet) in the catalogue (Appendix G). */
    static final Map<Integer, PrivilegeLevel> LOCAL_PRIVILEGES = Map.of(
            0x0A41, PrivilegeLevel.USER,      // Get SEL Allocation Info
            0x0424, PrivilegeLevel.OPERATOR,  // Set Sensor Hysteresis
            0x064F, PrivilegeLevel.USER);     // Get Channel Payload Version

    private final BmcConfig config;
    private final UserTable users;
    private final TransportConfig transport;
    private final ChannelAccess channelAccess = new ChannelAccess();
    private final Engine engine;
    private final Chassis chassis;
    private final Sensors sensors;
    private final Storage storage;
    private final SolPayload sol;
    private final Watchdog watchdog = new Watchdog();

    CommandRouter(BmcConfig config, UserTable users, Engine engine, TransportConfig transport, Chassis chassis,
            Sensors sensors, Storage storage, SolPayload sol) {
        this.config = config;
        this.users = users;
        this.transport = transport;
        this.engine = engine;
        this.chassis = chassis;
        this.sensors = sensors;
        this.storage = storage;
        this.sol = sol;
    }

    /** The privilege a command needs; null when anything goes (unknown commands answer C1h anyway). */
    PrivilegeLevel privilegeFor(NetFn netFn, int command, byte[] data) {
        Optional<CatalogueEntry> e = Commands.find(netFn, command, ByteBuffer.wrap(data));
        if (e.isPresent()) {
            return e.get().spec().privilege();
        }
        return LOCAL_PRIVILEGES.get(netFn.code() << 8 | command);
    }

    /**
     * Checks request data with the catalogue's request decoder, as a BMC's command parser would:
     * null when acceptable or not catalogued, else C7h (wrong length) or CCh (invalid field).
     */
    Reply validate(IpmiLanRequest req) {
        byte[] d = req.data();
        Optional<CatalogueEntry> e = Commands.find(req.netFn(), req.command(), ByteBuffer.wrap(d));
        if (e.isEmpty()) {
            return null;
        }
        try {
            e.get().decodeRequest(ByteBuffer.wrap(d));
            return null;
        } catch (MalformedPacketException ex) {
            String m = String.valueOf(ex.getMessage());
            return Reply.cc(m.contains("want") || m.contains("length") ? 0xC7 : 0xCC);
        } catch (RuntimeException ex) {
            return Reply.cc(0xCC); // a decoder bug must not take the BMC down
        }
    }

    Reply handle(SimSession s, IpmiLanRequest req) {
        byte[] d = req.data();
        if (config.rawHandler() != null) {
            Optional<byte[]> raw = config.rawHandler().handle(req.netFn().code(), req.command(), d);
            if (raw.isPresent() && raw.get().length > 0) {
                byte[] r = raw.get();
                byte[] data = new byte[r.length - 1];
                System.arraycopy(r, 1, data, 0, data.length);
                return new Reply(r[0] & 0xFF, data);
            }
        }
        int key = req.netFn().code() << 8 | req.command();
        Reply r = switch (key) {
            // App
            case 0x0601 -> deviceId();
            case 0x0602, 0x0603 -> Reply.ok(); // cold/warm reset: accepted, nothing restarts
            case 0x0604 -> Reply.ok((byte) 0x55, (byte) 0);
            case 0x0608 -> Reply.ok(config.guid().clone());
            case 0x0637 -> Reply.ok(config.systemGuid().clone());
            case 0x062E -> Reply.ok();
            case 0x062F -> Reply.ok((byte) 0x0F);
            case 0x0622 -> watchdog.reset();
            case 0x0624 -> watchdog.set(d);
            case 0x0625 -> watchdog.get();
            case 0x0642 -> channelInfo(d);
            case 0x0640 -> channelAccess.set(d);
            case 0x0641 -> channelAccess.get(d);
            case 0x0643 -> users.setAccess(d);
            case 0x0644 -> users.getAccess(d);
            case 0x0645 -> users.setName(d);
            case 0x0646 -> users.getName(d);
            case 0x0647 -> users.setPassword(d);
            // 81h "payload type is disabled" once SOL parameter 1 turned SOL off
            case 0x0648 -> transport.solEnabled() ? sol.command(s, req.command(), d) : Reply.cc(0x81);
            case 0x0649, 0x064A, 0x064B, 0x064E, 0x064F -> sol.command(s, req.command(), d);
            // Chassis
            case 0x0000 -> Reply.ok((byte) 0x00, (byte) 0x20, (byte) 0x20, (byte) 0x20, (byte) 0x20);
            case 0x0001 -> Reply.ok(chassis.status());
            case 0x0002 -> chassisControl(d);
            case 0x0004 -> identify(d);
            case 0x0006 -> d.length < 1 ? Reply.cc(0xC7) : Reply.ok((byte) chassis.setRestorePolicy(d[0] & 0x07));
            case 0x0007 -> Reply.ok((byte) chassis.restartCause(), (byte) LanProtocol.CHANNEL);
            case 0x0008 -> setBootOption(d);
            case 0x0009 -> getBootOption(d);
            case 0x000F -> poh();
            // Sensor / event
            case 0x042D -> d.length < 1 ? Reply.cc(0xC7) : sensors.reading(d[0] & 0xFF);
            case 0x0427 -> d.length < 1 ? Reply.cc(0xC7) : sensors.thresholds(d[0] & 0xFF);
            case 0x0426 -> sensors.setThresholds(d);
            case 0x0425 -> d.length < 1 ? Reply.cc(0xC7) : sensors.hysteresis(d[0] & 0xFF);
            case 0x0424 -> sensors.setHysteresis(d);
            case 0x0429 -> d.length < 1 ? Reply.cc(0xC7) : sensors.eventEnable(d[0] & 0xFF);
            // Storage
            case 0x0A10 -> storage.fruInfo(d);
            case 0x0A11 -> storage.readFru(d);
            case 0x0A12 -> storage.writeFru(d);
            case 0x0A20 -> storage.sdrInfo();
            case 0x0A22 -> storage.reserveSdr();
            case 0x0A23 -> storage.getSdr(d);
            case 0x0A40 -> storage.selInfo();
            case 0x0A41 -> storage.selAllocation();
            case 0x0A42 -> storage.reserveSel();
            case 0x0A43 -> storage.getSel(d);
            case 0x0A44 -> storage.addSelCommand(d);
            case 0x0A46 -> storage.deleteSel(d);
            case 0x0A47 -> storage.clearSel(d);
            case 0x0A48 -> storage.selTime();
            case 0x0A49 -> storage.setSelTime(d);
            // Transport
            case 0x0C01 -> transport.setLan(d);
            case 0x0C02 -> transport.getLan(d);
            case 0x0C21 -> transport.setSol(d);
            case 0x0C22 -> transport.getSol(d);
            // DCMI
            case 0x2C01 -> dcmiCapabilities(d);
            case 0x2C02 -> dcmiPowerReading(d);
            default -> Reply.cc(0xC1);
        };
        return r;
    }

    private Reply deviceId() {
        BmcConfig.DeviceIdentity id = config.device();
        return Reply.ok((byte) id.deviceId(), (byte) id.deviceRevision(), (byte) (id.firmwareMajor() & 0x7F),
                (byte) id.firmwareMinorBcd(), (byte) 0x02, (byte) 0x9F, (byte) id.manufacturerId(),
                (byte) (id.manufacturerId() >>> 8), (byte) (id.manufacturerId() >>> 16), (byte) id.productId(),
                (byte) (id.productId() >>> 8));
    }

    private Reply channelInfo(byte[] d) {
        if (d.length < 1) {
            return Reply.cc(0xC7);
        }
        int ch = d[0] & 0x0F;
        if (ch != 0x0E && ch != LanProtocol.CHANNEL) {
            return Reply.cc(0xCC);
        }
        // 802.3 LAN, IPMB-1.0 protocol (the LAN channel's value), multi-session
        return Reply.ok((byte) LanProtocol.CHANNEL, (byte) 0x04, (byte) 0x01, (byte) 0x80, (byte) 0xF2, (byte) 0x1B,
                (byte) 0x00, (byte) 0x00, (byte) 0x00);
    }

    private Reply chassisControl(byte[] d) {
        if (d.length < 1) {
            return Reply.cc(0xC7);
        }
        int action = d[0] & 0x0F;
        if (action > 5) {
            return Reply.cc(0xCC);
        }
        if (action == 2 && !chassis.powerOn()) {
            return Reply.cc(0xD5); // nothing to cycle
        }
        chassis.powerControl(action);
        if (action == 2) {
            engine.schedule(config.powerCycleDelay().toNanos(), chassis::cycleDone);
        }
        return Reply.ok();
    }

    private Reply identify(byte[] d) {
        int seconds = d.length >= 1 ? d[0] & 0xFF : 15;
        boolean force = d.length >= 2 && (d[1] & 0x01) != 0;
        chassis.identify(seconds, force);
        return Reply.ok();
    }

    private Reply setBootOption(byte[] d) {
        if (d.length < 1) {
            return Reply.cc(0xC7);
        }
        int param = d[0] & 0x7F;
        switch (param) {
            case 0, 2, 3, 4 -> {
                if (param == 3 && d.length >= 2) {
                    chassis.setBootFlagsValidClear(d[1] & 0xFF);
                }
                return Reply.ok();
            }
            case 5 -> {
                if (d.length < 6) {
                    return Reply.cc(0xC7);
                }
                byte[] flags = new byte[5];
                System.arraycopy(d, 1, flags, 0, 5);
                chassis.setBootFlags(flags);
                return Reply.ok();
            }
            default -> {
                return Reply.cc(0x80);
            }
        }
    }

    private Reply getBootOption(byte[] d) {
        if (d.length < 3) {
            return Reply.cc(0xC7);
        }
        int param = d[0] & 0x7F;
        byte[] value = switch (param) {
            case 0 -> new byte[] {0};
            case 1 -> new byte[] {0};
            case 2 -> new byte[] {0};
            case 3 -> new byte[] {(byte) chassis.bootFlagsValidClear()};
            case 4 -> new byte[] {0, 0};
            case 5 -> chassis.bootFlags();
            default -> null;
        };
        if (value == null) {
            return Reply.cc(0x80);
        }
        byte[] r = new byte[2 + value.length];
        r[0] = 0x01;
        r[1] = (byte) param;
        System.arraycopy(value, 0, r, 2, value.length);
        return Reply.ok(r);
    }

    private Reply poh() {
        long minutes = chassis.powerOnMinutes();
        return Reply.ok((byte) 1, (byte) minutes, (byte) (minutes >>> 8), (byte) (minutes >>> 16), (byte) (minutes >>> 24));
    }

    private static Reply dcmiCapabilities(byte[] d) {
        if (d.length < 2 || (d[0] & 0xFF) != 0xDC) {
            return Reply.cc(0xCC);
        }
        if (d[1] != 1) {
            return Reply.cc(0x80);
        }
        // DCMI 1.5, parameter revision 2, supported: power management
        return Reply.ok((byte) 0xDC, (byte) 0x01, (byte) 0x05, (byte) 0x02, (byte) 0x00, (byte) 0x01, (byte) 0x00,
                (byte) 0x00, (byte) 0x00);
    }

    private Reply dcmiPowerReading(byte[] d) {
        if (d.length < 1 || (d[0] & 0xFF) != 0xDC) {
            return Reply.cc(0xCC);
        }
        int watts = chassis.powerOn() ? 180 : 8;
        long now = storage.now();
        ByteBuffer b = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0xDC).putShort((short) watts).putShort((short) Math.min(watts, 8)).putShort((short) 240)
                .putShort((short) watts).putInt((int) now).putInt(1000).put((byte) 0x40);
        return Reply.ok(b.array());
    }
}
