package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.SetInProgress;
import dev.ipmi.core.command.app.BmcGlobalEnables;
import dev.ipmi.core.command.app.GetBmcGlobalEnables;
import dev.ipmi.core.command.app.GetDeviceGuid;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.app.GetDeviceId.DeviceSupport;
import dev.ipmi.core.command.app.GetMessage;
import dev.ipmi.core.command.app.GetSelfTestResults;
import dev.ipmi.core.command.app.GetSystemGuid;
import dev.ipmi.core.command.app.GetWatchdogTimer;
import dev.ipmi.core.command.app.MasterWriteRead;
import dev.ipmi.core.command.app.SendMessage;
import dev.ipmi.core.command.app.SetBmcGlobalEnables;
import dev.ipmi.core.command.app.SetWatchdogTimer;
import dev.ipmi.core.command.app.WatchdogAction;
import dev.ipmi.core.command.app.WatchdogPreTimeoutInterrupt;
import dev.ipmi.core.command.app.WatchdogSettings;
import dev.ipmi.core.command.app.WatchdogTimerUse;
import dev.ipmi.core.command.channel.AccessMode;
import dev.ipmi.core.command.channel.ChannelAccess;
import dev.ipmi.core.command.channel.ChannelMedium;
import dev.ipmi.core.command.channel.ChannelProtocol;
import dev.ipmi.core.command.channel.GetChannelAccess;
import dev.ipmi.core.command.channel.GetChannelCipherSuites;
import dev.ipmi.core.command.channel.GetChannelInfo;
import dev.ipmi.core.command.channel.SetChannelAccess;
import dev.ipmi.core.command.chassis.BootDevice;
import dev.ipmi.core.command.chassis.BootFlags;
import dev.ipmi.core.command.chassis.BootOption;
import dev.ipmi.core.command.chassis.ChassisControl;
import dev.ipmi.core.command.chassis.ChassisIdentify;
import dev.ipmi.core.command.chassis.GetChassisCapabilities;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.chassis.GetPohCounter;
import dev.ipmi.core.command.chassis.GetSystemBootOptions;
import dev.ipmi.core.command.chassis.GetSystemRestartCause;
import dev.ipmi.core.command.chassis.PowerRestorePolicy;
import dev.ipmi.core.command.chassis.SetPowerRestorePolicy;
import dev.ipmi.core.command.chassis.SetSystemBootOptions;
import dev.ipmi.core.command.dcmi.ActivatePowerLimit;
import dev.ipmi.core.command.dcmi.ExceptionAction;
import dev.ipmi.core.command.dcmi.GetDcmiCapabilities;
import dev.ipmi.core.command.dcmi.GetPowerLimit;
import dev.ipmi.core.command.dcmi.GetPowerReading;
import dev.ipmi.core.command.dcmi.PowerLimit;
import dev.ipmi.core.command.dcmi.SetPowerLimit;
import dev.ipmi.core.command.payload.ActivatePayload;
import dev.ipmi.core.command.payload.DeactivatePayload;
import dev.ipmi.core.command.payload.GetChannelPayloadSupport;
import dev.ipmi.core.command.payload.GetPayloadActivationStatus;
import dev.ipmi.core.command.payload.GetPayloadInstanceInfo;
import dev.ipmi.core.command.payload.GetUserPayloadAccess;
import dev.ipmi.core.command.payload.PayloadType;
import dev.ipmi.core.command.sensor.GetDeviceSdr;
import dev.ipmi.core.command.sensor.GetDeviceSdrInfo;
import dev.ipmi.core.command.sensor.GetPefCapabilities;
import dev.ipmi.core.command.sensor.GetPefConfigurationParameters;
import dev.ipmi.core.command.sensor.GetSensorEventEnable;
import dev.ipmi.core.command.sensor.GetSensorHysteresis;
import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.core.command.sensor.GetSensorReadingFactors;
import dev.ipmi.core.command.sensor.GetSensorThresholds;
import dev.ipmi.core.command.sensor.PefParameter;
import dev.ipmi.core.command.sensor.PlatformEventMessage;
import dev.ipmi.core.command.sensor.ReserveDeviceSdrRepository;
import dev.ipmi.core.command.sensor.SetSensorThresholds;
import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.core.command.sensor.ThresholdValues;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.core.command.session.SetSessionPrivilegeLevel;
import dev.ipmi.core.command.storage.AddSelEntry;
import dev.ipmi.core.command.storage.ClearSel;
import dev.ipmi.core.command.storage.DeleteSelEntry;
import dev.ipmi.core.command.storage.GetFruInventoryAreaInfo;
import dev.ipmi.core.command.storage.GetSdr;
import dev.ipmi.core.command.storage.GetSdrRepositoryInfo;
import dev.ipmi.core.command.storage.GetSelEntry;
import dev.ipmi.core.command.storage.GetSelInfo;
import dev.ipmi.core.command.storage.GetSelTime;
import dev.ipmi.core.command.storage.ReadFruData;
import dev.ipmi.core.command.storage.RepositoryInfo;
import dev.ipmi.core.command.storage.ReserveSdrRepository;
import dev.ipmi.core.command.storage.ReserveSel;
import dev.ipmi.core.command.storage.SetSelTime;
import dev.ipmi.core.command.storage.Timestamp;
import dev.ipmi.core.command.storage.WriteFruData;
import dev.ipmi.core.command.transport.GetLanConfigurationParameters;
import dev.ipmi.core.command.transport.GetSolConfigurationParameters;
import dev.ipmi.core.command.transport.IpAddressSource;
import dev.ipmi.core.command.transport.LanParameter;
import dev.ipmi.core.command.transport.SetLanConfigurationParameters;
import dev.ipmi.core.command.transport.SetSolConfigurationParameters;
import dev.ipmi.core.command.transport.SolBitRate;
import dev.ipmi.core.command.transport.SolParameter;
import dev.ipmi.core.command.user.GetUserAccess;
import dev.ipmi.core.command.user.GetUserName;
import dev.ipmi.core.command.user.PrivilegeLimit;
import dev.ipmi.core.command.user.SetUserAccess;
import dev.ipmi.core.command.user.SetUserName;
import dev.ipmi.core.command.user.SetUserPassword;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.RawResponse;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed command catalogue against OpenIPMI's ipmi_sim, a BMC we did not write: every command
 * it supports answers and decodes through {@code session.send(new X(...))} with the values of the
 * testbed (ipmi-testkit/IPMI_SIM.md), and every command it does not implement fails with the
 * completion code it really sends, never a crash or a hang. The queries share one BMC; the
 * commands that change it ({@link Writes}) get a fresh BMC each.
 */
@RequiresIpmiSim
class CatalogueInteropTest {
    private IpmiClient client;
    private IpmiSession session;

    /** Opens the session on the test's BMC: the class's, or a {@link Writes} test's own. */
    @BeforeEach
    void open(IpmiSimBmc bmc) throws Exception {
        client = IpmiClient.newBuilder().build();
        session = session(bmc, IpmiSimUser.ADMIN);
    }

    @AfterEach
    void close() {
        session.close();
        client.close();
    }

    private IpmiSession session(IpmiSimBmc bmc, IpmiSimUser user) throws Exception {
        return client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                Credentials.of(user.name(), user.password()).withPrivilege(user.maxPrivilege()),
                SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3)));
    }

    private <R> R send(IpmiRequest<R> request) throws Exception {
        return session.sendBlocking(request);
    }

    /** The completion code {@code request} fails with; a hang fails the test after 5 s. */
    private CompletionCode refusal(IpmiRequest<?> request) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> session.send(request).get(5, TimeUnit.SECONDS));
        return assertInstanceOf(CompletionCodeException.class, e.getCause(), request.toString()).code();
    }

    /** The ID string of a type 01h, 02h, 03h, 11h or 12h SDR (IPMI v2.0 section 43): 8-bit ASCII here. */
    private static String sdrName(byte[] record) {
        int at = switch (record[3]) {
            case 0x01 -> 47;
            case 0x02 -> 31;
            case 0x03 -> 16;
            case 0x11, 0x12 -> 15;
            default -> throw new AssertionError("SDR type " + record[3]);
        };
        return new String(record, at + 1, record[at] & 0x1F, StandardCharsets.ISO_8859_1);
    }

    @Test
    void deviceIdAndSystemGuid() throws Exception {
        GetDeviceId.Response id = send(new GetDeviceId());
        assertEquals(0x20, id.deviceId());
        assertEquals(1, id.deviceRevision());
        assertEquals("1.23", id.firmwareRevision());
        assertEquals(2, id.ipmiVersionMajor());
        assertEquals(0, id.ipmiVersionMinor());
        assertEquals(4753, id.manufacturerId());
        assertEquals(3842, id.productId());
        assertEquals(EnumSet.of(DeviceSupport.SENSOR_DEVICE, DeviceSupport.SDR_REPOSITORY_DEVICE, DeviceSupport.SEL_DEVICE,
                DeviceSupport.FRU_INVENTORY_DEVICE, DeviceSupport.IPMB_EVENT_RECEIVER, DeviceSupport.CHASSIS_DEVICE), id.support());
        assertEquals(Octets.ofHex("a123456789abcdefa123456789abcdef"), send(new GetSystemGuid()).guid());
    }

    @Test
    void chassisStatusHasThreeBytes(IpmiSimBmc bmc) throws Exception {
        assertEquals(3, session.sendRawBlocking(GetChassisStatus.SPEC.netFn(), GetChassisStatus.SPEC.command(), new byte[0])
                .data().length);
        GetChassisStatus.Response st = send(new GetChassisStatus());
        assertEquals(bmc.isPoweredOn(), st.powerOn());
        assertTrue(st.powerOn());
        assertFalse(st.intrusion());
        assertNull(st.identifyState(), "no front panel byte, so no identify state");
        assertNull(st.frontPanelButtons());
    }

    @Test
    void chassisCapabilitiesAndIdentifyCarryUninitialisedMemory() throws Exception {
        // ipmi_sim appends uninitialised memory to both answers (35 data bytes each, FINDINGS.md);
        // the decoders read the bytes they know and ignore the rest.
        RawResponse caps = session.sendRawBlocking(GetChassisCapabilities.SPEC.netFn(), GetChassisCapabilities.SPEC.command(),
                new byte[0]);
        assertTrue(caps.data().length > 6, caps.toString());
        GetChassisCapabilities.Response c = send(new GetChassisCapabilities());
        assertEquals(0x20, c.fruDeviceAddress());
        assertEquals(0x20, c.sdrDeviceAddress());
        assertEquals(0x20, c.selDeviceAddress());
        assertEquals(0x20, c.systemManagementDeviceAddress());
        assertFalse(c.intrusionSensor());

        ChassisIdentify identify = new ChassisIdentify(Optional.empty(), false);
        RawResponse raw = session.sendRawBlocking(ChassisIdentify.SPEC.netFn(), ChassisIdentify.SPEC.command(), new byte[0]);
        assertEquals(CompletionCode.NORMAL, raw.completionCode());
        assertEquals(35, raw.data().length, "Chassis Identify should have no data; ipmi_sim sends 35 bytes");
        assertEquals(new ChassisIdentify.Response(), send(identify));
    }

    @Test
    void bootFlagsReportTheHookDevice() throws Exception {
        GetSystemBootOptions.Response r = send(GetSystemBootOptions.of(5));
        assertEquals(1, r.version());
        assertFalse(r.invalid());
        // ipmi_sim maps the hook's "default" to "force boot from default hard drive"
        assertEquals(BootDevice.DISK, assertInstanceOf(BootFlags.class, r.option()).device());
    }

    @Test
    void bootInfoAcknowledgeWithoutDataIsMalformedAndTheSessionSurvives() throws Exception {
        // ipmi_sim answers parameter 4 with "01 04" and no parameter data: we report it, we don't invent the bytes
        RawResponse raw = session.sendRawBlocking(GetSystemBootOptions.SPEC.netFn(), GetSystemBootOptions.SPEC.command(),
                new byte[] {4, 0, 0});
        assertEquals("0104", Wire.hex(raw.data()));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> session.send(GetSystemBootOptions.of(4)).get(5, TimeUnit.SECONDS));
        assertInstanceOf(MalformedPacketException.class, e.getCause(), e.toString());
        assertEquals(0x20, send(new GetDeviceId()).deviceId());
    }

    @ParameterizedTest(name = "sensor {0}")
    @CsvSource({
            // number, raw, state byte 1, event messages enabled (from the SDRs)
            "1, 45, 0, true",      // CPU Temp 45 °C
            "2, 64, 0, true",      // Inlet Temp 24 °C (B = -40)
            "3, 200, 0, true",     // 12V
            "4, 34, 0, true",      // 5V
            "5, 165, 0, true",     // 3.3V
            "6, 90, 0, true",      // FAN1 5400 RPM
            "7, 15, 1, true",      // FAN2 900 RPM, lower non-critical going low
            "8, 0, 1, true",       // PSU1 Status: presence detected (offset 0)
            "9, 0, 0, true",       // Intrusion: nothing asserted
            "10, 221, 0, false",   // CPU Margin, two's complement DDh = -35
    })
    void sensorReadings(int sensor, int raw, int state, boolean events) throws Exception {
        GetSensorReading.Response r = send(new GetSensorReading(sensor));
        assertEquals(raw, r.rawReading());
        assertTrue(r.scanningEnabled());
        assertFalse(r.readingUnavailable());
        assertEquals(events, r.eventMessagesEnabled());
        assertEquals(state, r.stateByte1().orElseThrow());
    }

    @ParameterizedTest(name = "sensor {0}")
    @CsvSource({
            // number, LNC, LC, LNR, UNC, UC, UNR (-1 = not readable)
            "1, -1, -1, -1, 85, 95, 105",
            "2, 35, 30, 20, 80, 85, 90",
            "3, 190, 180, 170, 210, 220, 230",
            "4, 25, 17, -1, 42, 50, -1",
            "5, 157, 148, -1, 173, 182, -1",
            "6, 20, 10, 5, -1, -1, -1",
            "7, 20, 10, 5, -1, -1, -1",
    })
    void sensorThresholds(int sensor, int lnc, int lc, int lnr, int unc, int uc, int unr) throws Exception {
        Map<Threshold, Integer> want = new EnumMap<>(Threshold.class);
        int[] values = {lnc, lc, lnr, unc, uc, unr};
        for (Threshold t : Threshold.values()) {
            if (values[t.ordinal()] >= 0) {
                want.put(t, values[t.ordinal()]);
            }
        }
        assertEquals(want, send(new GetSensorThresholds(sensor)).readable().raw());
    }

    @Test
    void hysteresisAndEventEnables() throws Exception {
        GetSensorHysteresis.Response h = send(new GetSensorHysteresis(1));
        assertEquals(2, h.positiveGoingRaw());
        assertEquals(2, h.negativeGoingRaw());
        GetSensorEventEnable.Response e = send(new GetSensorEventEnable(1));
        assertTrue(e.eventMessagesEnabled());
        assertTrue(e.scanningEnabled());
        // CPU Temp: upper non-critical/critical/non-recoverable going high (bits 7, 9, 11): 0A80h
        assertEquals(0x0A80, e.assertionEnables().orElseThrow());
        assertEquals(0x0003, send(new GetSensorEventEnable(8)).assertionEnables().orElseThrow());
    }

    @Test
    void sdrRepositoryWalk() throws Exception {
        RepositoryInfo info = send(new GetSdrRepositoryInfo()).info();
        assertEquals(1, info.versionMajor());
        assertEquals(5, info.versionMinor());
        assertEquals(13, info.entries());
        int reservation = send(new ReserveSdrRepository()).reservationId();

        // record 1 fits one read; the full sensor records are longer than ipmi_sim returns at once
        GetSdr.Response first = send(GetSdr.whole(0));
        assertEquals(2, first.nextRecordId());
        assertEquals(0x12, first.data().get(3));
        assertEquals(CompletionCode.CANNOT_RETURN_REQUESTED_BYTES, refusal(GetSdr.whole(4)));

        List<String> names = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        int id = 0;
        while (id != 0xFFFF) {
            GetSdr.Response header = send(new GetSdr(reservation, id, 0, 5));
            byte[] record = new byte[5 + header.data().get(4)];
            System.arraycopy(header.data().toByteArray(), 0, record, 0, 5);
            for (int off = 5; off < record.length; off += 16) {
                int n = Math.min(16, record.length - off);
                GetSdr.Response part = send(new GetSdr(reservation, id, off, n));
                assertEquals(n, part.data().length());
                System.arraycopy(part.data().toByteArray(), 0, record, off, n);
            }
            assertEquals(names.size() + 1, (record[0] & 0xFF) | (record[1] & 0xFF) << 8, "record ids follow testbed.sdrs");
            types.add(record[3] & 0xFF);
            names.add(sdrName(record));
            id = header.nextRecordId();
        }
        assertEquals(List.of(0x12, 0x11, 0x03, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x02, 0x02, 0x01), types);
        assertEquals(List.of("Testbed BMC", "PSU1 FRU", "Watchdog", "CPU Temp", "Inlet Temp", "12V", "5V", "3.3V",
                "FAN1", "FAN2", "PSU1 Status", "Intrusion", "CPU Margin"), names);
    }

    @Test
    void fruInventory() throws Exception {
        for (int fru : new int[] {0, 1}) {
            GetFruInventoryAreaInfo.Response area = send(new GetFruInventoryAreaInfo(fru));
            assertEquals(256, area.sizeBytes());
            assertFalse(area.byWords());
        }
        byte[] fru0 = readFru(0);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += fru0[i] & 0xFF;
        }
        assertEquals(1, fru0[0], "common header format version");
        assertEquals(0, sum & 0xFF, "common header checksum");
        String text0 = new String(fru0, StandardCharsets.ISO_8859_1);
        for (String s : List.of("CHS-TB1000", "CSN-0001", "Testbed Systems", "TB-1000 Mainboard", "TB-1000 Server", "ASSET-42")) {
            assertTrue(text0.contains(s), s);
        }
        String text1 = new String(readFru(1), StandardCharsets.ISO_8859_1);
        assertTrue(text1.contains("TB-PSU-800"));
        assertTrue(text1.contains("PSU-SN-0001"));
    }

    private byte[] readFru(int device) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < 256; off += 32) {
            Octets chunk = send(new ReadFruData(device, off, 32)).data();
            assertEquals(32, chunk.length());
            out.writeBytes(chunk.toByteArray());
        }
        return out.toByteArray();
    }

    @Test
    void selTimeAndPef() throws Exception {
        // ipmi_sim's clock counts seconds since it started until someone sets it
        assertTrue(send(new GetSelTime()).time().isRelativeToInit());
        GetPefCapabilities.Response pef = send(new GetPefCapabilities());
        assertEquals(1, pef.versionMajor());
        assertEquals(5, pef.versionMinor());
        assertEquals(16, pef.eventFilterEntries());
        assertInstanceOf(PefParameter.Control.class, send(GetPefConfigurationParameters.of(1)).parameter());
        assertEquals(Set.of(BmcGlobalEnables.SYSTEM_EVENT_LOGGING), send(new GetBmcGlobalEnables()).enabled());
    }

    @Test
    void watchdogNeverSet() throws Exception {
        // ipmi_sim reports timer use 0 before the first Set Watchdog Timer and leaves out the present countdown
        GetWatchdogTimer.Response w = send(new GetWatchdogTimer());
        assertEquals(WatchdogTimerUse.UNSPECIFIED, w.settings().timerUse());
        assertFalse(w.running());
        assertEquals(Optional.empty(), w.presentCountdown());
    }

    @Test
    void payloadStatusOutsideSol() throws Exception {
        GetPayloadActivationStatus.Response st = send(new GetPayloadActivationStatus(PayloadType.SOL));
        assertEquals(1, st.instanceCapacity());
        assertEquals(0, st.activeInstances());
        assertEquals(0, send(new GetPayloadInstanceInfo(PayloadType.SOL, 1)).ownerSessionId());
        // Channel 1 only: Get Channel Payload Support for channel 0Eh crashes ipmi_sim (NULL pointer)
        GetChannelPayloadSupport.Response p = send(new GetChannelPayloadSupport(1));
        assertTrue((p.standardTypes() & 1 << PayloadType.SOL.code()) != 0, "SOL supported: " + p);
    }

    @Test
    void sessionInfo(IpmiSimBmc bmc) throws Exception {
        GetSessionInfo.Response current = send(GetSessionInfo.current());
        assertEquals(63, current.possibleSessions());
        assertTrue(current.activeSessions() >= 1);
        assertEquals(IpmiSimUser.ADMIN.id(), current.session().userId());
        assertEquals(PrivilegeLevel.ADMINISTRATOR, current.session().privilege());
        assertTrue(current.session().ipmi20());
        assertEquals(1, current.session().channel());
        assertNull(current.session().lanPeer(), "ipmi_sim leaves out the LAN bytes");
        assertEquals(current, send(GetSessionInfo.bySessionId(session.bmcSessionId())));
        assertEquals(current, send(GetSessionInfo.byHandle(current.sessionHandle())));

        try (IpmiSession operator = session(bmc, IpmiSimUser.OPERATOR)) {
            GetSessionInfo.Response other = send(GetSessionInfo.bySessionId(operator.bmcSessionId()));
            assertEquals(IpmiSimUser.OPERATOR.id(), other.session().userId());
            assertEquals(PrivilegeLevel.OPERATOR, other.session().privilege());
            assertTrue(other.activeSessions() >= 2);
        }
    }

    @ParameterizedTest(name = "user {0}")
    @CsvSource({
            "2, admin, ADMINISTRATOR, true",
            "3, operator, OPERATOR, true",
            "4, user, USER, true",
            "5, longpw, ADMINISTRATOR, true",
            "6, disabled, ADMINISTRATOR, false",
    })
    void users(int id, String name, PrivilegeLimit limit, boolean messaging) throws Exception {
        assertEquals(name, send(new GetUserName(id)).name());
        GetUserAccess.Response a = send(new GetUserAccess(1, id));
        assertEquals(63, a.maxUserIds());
        assertEquals(4, a.enabledUserIds());
        assertEquals(limit, a.privilegeLimit());
        assertEquals(messaging, a.ipmiMessaging());
    }

    @Test
    void theNullUserIsNotConfigured() throws Exception {
        assertEquals(PrivilegeLimit.UNSPECIFIED, send(new GetUserAccess(1, 1)).privilegeLimit());
        assertEquals(CompletionCode.INVALID_DATA_FIELD, refusal(new GetUserName(1)));
    }

    @Test
    void channels() throws Exception {
        GetChannelInfo.Response lan = send(new GetChannelInfo(1));
        assertEquals(1, lan.channel());
        assertEquals(ChannelMedium.LAN_802_3, lan.medium());
        assertEquals(ChannelProtocol.IPMB, lan.protocol());
        assertEquals(GetChannelInfo.SessionSupport.MULTI_SESSION, lan.sessionSupport());
        assertEquals(0x1BF2, lan.vendorId(), "the IPMI IANA number");
        assertEquals(lan, send(new GetChannelInfo(0x0E)), "0Eh is the channel we talk on");
        ChannelAccess want = new ChannelAccess(false, false, false, AccessMode.ALWAYS_AVAILABLE, PrivilegeLevel.ADMINISTRATOR);
        assertEquals(want, send(new GetChannelAccess(1, false)).access());
        assertEquals(want, send(new GetChannelAccess(1, true)).access());
    }

    @Test
    void cipherSuitesInSession() throws Exception {
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        for (int page = 0; ; page++) {
            GetChannelCipherSuites.Response r = send(GetChannelCipherSuites.page(1, page));
            assertEquals(1, r.channel());
            records.writeBytes(r.recordData().toByteArray());
            if (r.recordData().length() < GetChannelCipherSuites.PAGE_BYTES) {
                break;
            }
        }
        List<CipherSuite> suites = GetChannelCipherSuites.parseSuites(Octets.of(records.toByteArray()));
        assertEquals(15, suites.size(), suites.toString());
        for (int i = 0; i < suites.size(); i++) {
            assertEquals(i, suites.get(i).id());
        }
        assertEquals(CipherSuite.SUITE_3, suites.get(3));
    }

    @Test
    void lanConfiguration() throws Exception {
        assertEquals(new LanParameter.InProgress(SetInProgress.SET_COMPLETE), lan(0));
        assertEquals(new LanParameter.IpAddress((Inet4Address) InetAddress.getByName("0.0.0.0")), lan(3));
        assertEquals(new LanParameter.AddressSource(IpAddressSource.UNSPECIFIED), lan(4));
        assertEquals(new LanParameter.MacAddress(Octets.of(new byte[6])), lan(5));
        assertEquals(new LanParameter.SubnetMask((Inet4Address) InetAddress.getByName("0.0.0.0")), lan(6));
        assertEquals(new LanParameter.DefaultGateway((Inet4Address) InetAddress.getByName("0.0.0.0")), lan(12));
        assertEquals(new LanParameter.VlanId(false, 0), lan(20));
        // the reserved first byte of parameter 24 is 44h on ipmi_sim, not 00h: ignored
        Map<Integer, PrivilegeLevel> privileges = ((LanParameter.CipherSuitePrivileges) lan(24)).maxPrivilegeByEntry();
        assertEquals(16, privileges.size());
        assertEquals(Set.of(PrivilegeLevel.ADMINISTRATOR), Set.copyOf(privileges.values()));
        // authentication type support (parameter 1) stays raw: NONE, MD2, MD5, PASSWORD and bit 3
        assertEquals(new LanParameter.Raw(1, Octets.ofHex("1f")), lan(1));
        assertEquals(0x11, send(GetLanConfigurationParameters.of(1, 3)).revision());
    }

    private LanParameter lan(int selector) throws Exception {
        return send(GetLanConfigurationParameters.of(1, selector)).parameter();
    }

    @Test
    void solConfiguration() throws Exception {
        assertEquals(new SolParameter.InProgress(SetInProgress.SET_COMPLETE), sol(0));
        assertEquals(new SolParameter.Enable(true), sol(1));
        assertEquals(new SolParameter.BitRate(false, SolBitRate.SERIAL_SETTING), sol(5));
        assertEquals(new SolParameter.BitRate(true, SolBitRate.SERIAL_SETTING), sol(6));
    }

    private SolParameter sol(int selector) throws Exception {
        return send(GetSolConfigurationParameters.of(1, selector)).parameter();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // not implemented at all
                refused(new GetDeviceGuid(), CompletionCode.INVALID_COMMAND),
                refused(new GetSelfTestResults(), CompletionCode.INVALID_COMMAND),
                refused(new GetUserPayloadAccess(1, 2), CompletionCode.INVALID_COMMAND),
                refused(new GetSystemRestartCause(), CompletionCode.INVALID_COMMAND),
                refused(new GetPohCounter(), CompletionCode.INVALID_COMMAND),
                refused(new SetPowerRestorePolicy(PowerRestorePolicy.ALWAYS_ON), CompletionCode.INVALID_COMMAND),
                refused(new GetDeviceSdrInfo(true), CompletionCode.INVALID_COMMAND),
                refused(new GetDeviceSdr(0, 0, 0, 5), CompletionCode.INVALID_COMMAND),
                refused(new ReserveDeviceSdrRepository(), CompletionCode.INVALID_COMMAND),
                refused(new GetSensorReadingFactors(1, 0), CompletionCode.INVALID_COMMAND),
                refused(new PlatformEventMessage(OptionalInt.of(0x41), PlatformEventMessage.EVM_REVISION, 0x01, 1, false, 0x01,
                        Octets.ofHex("575655")), CompletionCode.INVALID_COMMAND),
                refused(new MasterWriteRead(0, 0, false, 0x20, 1, Octets.EMPTY), CompletionCode.INVALID_COMMAND),
                refused(new GetDcmiCapabilities(GetDcmiCapabilities.SUPPORTED_CAPABILITIES), CompletionCode.INVALID_COMMAND),
                refused(GetPowerReading.system(), CompletionCode.INVALID_COMMAND),
                refused(new GetPowerLimit(), CompletionCode.INVALID_COMMAND),
                refused(new SetPowerLimit(new PowerLimit(ExceptionAction.NONE, 100, Duration.ofSeconds(1), 1)),
                        CompletionCode.INVALID_COMMAND),
                refused(new ActivatePowerLimit(true), CompletionCode.INVALID_COMMAND),
                // ipmi_sim answers C1h, not CDh, where a sensor lacks the feature
                refused(new GetSensorHysteresis(2), CompletionCode.INVALID_COMMAND),
                refused(new GetSensorThresholds(8), CompletionCode.INVALID_COMMAND),
                refused(new GetSensorEventEnable(10), CompletionCode.INVALID_COMMAND),
                // system interface only, says ipmi_sim
                refused(new GetMessage(), CompletionCode.INSUFFICIENT_PRIVILEGE),
                refused(new SetBmcGlobalEnables(Set.of(BmcGlobalEnables.SYSTEM_EVENT_LOGGING)), CompletionCode.INSUFFICIENT_PRIVILEGE),
                // no such sensor, instance or parameter
                refused(new GetSensorReading(0), CompletionCode.INVALID_DATA_FIELD),
                refused(new GetPayloadInstanceInfo(PayloadType.SOL, 2), CompletionCode.INVALID_DATA_FIELD),
                refused(GetSystemBootOptions.of(0), CompletionCode.INVALID_DATA_FIELD),
                refused(GetLanConfigurationParameters.of(1, 8), CompletionCode.of(0x80)),
                refused(GetSolConfigurationParameters.of(1, 2), CompletionCode.of(0x80)));
    }

    private static Arguments refused(IpmiRequest<?> request, CompletionCode code) {
        return Arguments.of(request.spec().name(), request, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void unsupportedCommandsFailWithACompletionCode(String name, IpmiRequest<?> request, CompletionCode code) throws Exception {
        assertEquals(code, refusal(request));
        assertEquals(0x20, send(new GetDeviceId()).deviceId(), "the session carries on");
    }

    /** Commands that change the BMC: each test gets its own. */
    @Nested
    @RequiresIpmiSim(perTest = true)
    class Writes {
        @Test
        void chassisControlDrivesThePowerHook(IpmiSimBmc bmc) throws Exception {
            send(new ChassisControl(ChassisControl.Control.POWER_DOWN));
            assertEquals("0", Files.readString(bmc.powerFile()).trim());
            assertFalse(send(new GetChassisStatus()).powerOn());
            send(new ChassisControl(ChassisControl.Control.POWER_UP));
            assertEquals("1", Files.readString(bmc.powerFile()).trim());
            assertTrue(send(new GetChassisStatus()).powerOn());
            send(new ChassisControl(ChassisControl.Control.HARD_RESET));
            String log = Files.readString(bmc.chassisLog());
            assertTrue(log.contains("set power 0") && log.contains("set power 1") && log.contains("set reset 1"), log);
            // what the hook cannot do
            assertEquals(CompletionCode.INVALID_DATA_FIELD,
                    refusal(new ChassisControl(ChassisControl.Control.PULSE_DIAGNOSTIC_INTERRUPT)));
            assertEquals(CompletionCode.UNSPECIFIED, refusal(new ChassisControl(ChassisControl.Control.SOFT_SHUTDOWN)));
            assertTrue(bmc.isPoweredOn());
        }

        @Test
        void bootDeviceGoesToTheBootHook(IpmiSimBmc bmc) throws Exception {
            send(new SetSystemBootOptions(false, BootFlags.nextBoot(BootDevice.PXE, false)));
            assertEquals("pxe", Files.readString(bmc.bootFile()).trim());
            // ipmi_sim keeps only the device: the valid, persistent and EFI bits read back as 0
            BootFlags pxe = assertInstanceOf(BootFlags.class, send(GetSystemBootOptions.of(BootFlags.SELECTOR)).option());
            assertEquals(BootDevice.PXE, pxe.device());
            assertFalse(pxe.valid());
            send(new SetSystemBootOptions(false, BootFlags.always(BootDevice.CD_DVD, true)));
            assertEquals("cdrom", Files.readString(bmc.bootFile()).trim());
            assertEquals(BootDevice.CD_DVD,
                    assertInstanceOf(BootFlags.class, send(GetSystemBootOptions.of(BootFlags.SELECTOR)).option()).device());
            send(new SetSystemBootOptions(false, new BootOption.BootInfoAcknowledge(Set.of(), Set.of())));
            assertEquals(CompletionCode.INVALID_DATA_FIELD,
                    refusal(new SetSystemBootOptions(false, new BootOption.InProgress(SetInProgress.SET_IN_PROGRESS))));
        }

        @Test
        void sensorThresholdsAreSettable() throws Exception {
            send(new SetSensorThresholds(1, new ThresholdValues(Map.of(Threshold.UPPER_NON_CRITICAL, 80))));
            assertEquals(Map.of(Threshold.UPPER_NON_CRITICAL, 80, Threshold.UPPER_CRITICAL, 95, Threshold.UPPER_NON_RECOVERABLE, 105),
                    send(new GetSensorThresholds(1)).readable().raw());
        }

        @Test
        void selReadAddDeleteClear() throws Exception {
            RepositoryInfo info = send(new GetSelInfo()).info();
            assertEquals(6, info.entries());
            assertTrue(info.supportsReserve());
            assertTrue(info.supportsDelete());
            List<Octets> entries = new ArrayList<>();
            for (int id = 0; id != 0xFFFF; ) {
                GetSelEntry.Response e = send(GetSelEntry.whole(id));
                assertEquals(GetSelEntry.ENTRY_BYTES, e.data().length());
                entries.add(e.data());
                id = e.nextRecordId();
            }
            assertEquals(6, entries.size());
            for (int i = 0; i < 6; i++) {
                assertEquals(i + 1, entries.get(i).get(0) | entries.get(i).get(1) << 8);
                assertEquals(i < 5 ? 0x02 : 0xE0, entries.get(i).get(2));
            }
            // record 2: CPU Temp (sensor 1) upper non-critical going high, reading 57h, threshold 55h
            assertEquals(1, entries.get(1).get(11));
            assertEquals("575655", Wire.hex(Arrays.copyOfRange(entries.get(1).toByteArray(), 13, 16)));
            assertEquals("0600e0" + Wire.hex("TESTBED-OEM!\0".getBytes(StandardCharsets.US_ASCII)), Wire.hex(entries.get(5).toByteArray()));

            send(new SetSelTime(new Timestamp(1_700_000_000L)));
            assertEquals(new Timestamp(1_700_000_000L), send(new GetSelTime()).time());

            Octets oem = Octets.ofHex("0000e0 4c4942524152592054455354 01");
            int added = send(new AddSelEntry(oem)).recordId();
            assertEquals(7, added);
            assertEquals(Octets.ofHex("0700e0 4c4942524152592054455354 01"), send(GetSelEntry.whole(added)).data());
            assertEquals(7, send(new GetSelInfo()).info().entries());

            int reservation = send(new ReserveSel()).reservationId();
            assertEquals(added, send(new DeleteSelEntry(reservation, added)).deletedRecordId());
            assertEquals(6, send(new GetSelInfo()).info().entries());

            reservation = send(new ReserveSel()).reservationId();
            send(ClearSel.initiate(reservation));
            assertTrue(send(ClearSel.status(reservation)).completed());
            assertEquals(0, send(new GetSelInfo()).info().entries());
        }

        @Test
        void fruWrite() throws Exception {
            assertEquals(2, send(new WriteFruData(0, 0xF0, Octets.ofHex("a55a"))).countWritten());
            assertEquals(Octets.ofHex("a55a"), send(new ReadFruData(0, 0xF0, 2)).data());
        }

        @Test
        void lanAndSolParameters() throws Exception {
            Inet4Address ip = (Inet4Address) InetAddress.getByName("192.168.1.10");
            send(new SetLanConfigurationParameters(1, new LanParameter.InProgress(SetInProgress.SET_IN_PROGRESS)));
            assertEquals(new LanParameter.InProgress(SetInProgress.SET_IN_PROGRESS),
                    send(GetLanConfigurationParameters.of(1, 0)).parameter());
            send(new SetLanConfigurationParameters(1, new LanParameter.IpAddress(ip)));
            // ipmi_sim rolls back: "set complete" without "commit write" would discard the address
            send(new SetLanConfigurationParameters(1, new LanParameter.InProgress(SetInProgress.COMMIT_WRITE)));
            send(new SetLanConfigurationParameters(1, new LanParameter.InProgress(SetInProgress.SET_COMPLETE)));
            assertEquals(new LanParameter.IpAddress(ip), send(GetLanConfigurationParameters.of(1, 3)).parameter());

            send(new SetSolConfigurationParameters(1, new SolParameter.Enable(false)));
            assertEquals(new SolParameter.Enable(false), send(GetSolConfigurationParameters.of(1, 1)).parameter());
            send(new SetSolConfigurationParameters(1, new SolParameter.BitRate(false, SolBitRate.BPS_115200)));
            assertEquals(new SolParameter.BitRate(false, SolBitRate.BPS_115200), send(GetSolConfigurationParameters.of(1, 5)).parameter());
        }

        @Test
        void watchdogSetAndGet() throws Exception {
            WatchdogSettings settings = new WatchdogSettings(WatchdogTimerUse.SMS_OS, true, false, WatchdogAction.NO_ACTION,
                    WatchdogPreTimeoutInterrupt.NONE, 0, Set.of(), Duration.ofSeconds(100));
            send(new SetWatchdogTimer(settings));
            GetWatchdogTimer.Response w = send(new GetWatchdogTimer());
            assertEquals(settings, w.settings());
            assertEquals(Optional.empty(), w.presentCountdown(), "ipmi_sim cuts the present countdown off");
        }

        @Test
        void newUserCanLogIn(IpmiSimBmc bmc) throws Exception {
            send(new SetUserName(7, "newuser"));
            assertEquals("newuser", send(new GetUserName(7)).name());
            send(SetUserPassword.set(7, "newpass".getBytes(StandardCharsets.US_ASCII)));
            send(new SetUserPassword(7, SetUserPassword.Operation.ENABLE_USER, false, null));
            send(new SetUserAccess(1, 7, true, false, false, true, PrivilegeLimit.OPERATOR, OptionalInt.empty()));
            GetUserAccess.Response a = send(new GetUserAccess(1, 7));
            assertEquals(PrivilegeLimit.OPERATOR, a.privilegeLimit());
            assertTrue(a.ipmiMessaging());
            send(SetUserPassword.test(7, "newpass".getBytes(StandardCharsets.US_ASCII)));
            // ipmi_sim does not compare: a wrong test password also gets cc 00h (the spec says 80h)
            send(SetUserPassword.test(7, "wrong".getBytes(StandardCharsets.US_ASCII)));
            try (IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                    Credentials.of("newuser", "newpass").withPrivilege(PrivilegeLevel.OPERATOR),
                    SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3)))) {
                assertEquals(7, s.sendBlocking(GetSessionInfo.current()).session().userId());
            }
        }

        @Test
        void solActivationIsVisibleInPayloadAndSessionInfo() throws Exception {
            ActivatePayload.Response act = send(ActivatePayload.sol(1, false, false));
            assertEquals(32, act.inboundPayloadSize());
            assertEquals(16384, act.outboundPayloadSize());
            assertEquals(1, send(new GetPayloadActivationStatus(PayloadType.SOL)).activeInstances());
            int owner = send(new GetPayloadInstanceInfo(PayloadType.SOL, 1)).ownerSessionId();
            assertEquals(session.bmcSessionId(), owner);
            assertEquals(IpmiSimUser.ADMIN.id(), send(GetSessionInfo.bySessionId(owner)).session().userId());
            send(new DeactivatePayload(PayloadType.SOL, 1));
            assertEquals(0, send(new GetPayloadActivationStatus(PayloadType.SOL)).activeInstances());
        }

        @Test
        void sessionPrivilegeAndChannelAccess() throws Exception {
            assertEquals(PrivilegeLevel.OPERATOR, send(new SetSessionPrivilegeLevel(PrivilegeLevel.OPERATOR)).level());
            assertEquals(PrivilegeLevel.OPERATOR, send(GetSessionInfo.current()).session().privilege());
            assertEquals(PrivilegeLevel.ADMINISTRATOR, send(new SetSessionPrivilegeLevel(PrivilegeLevel.ADMINISTRATOR)).level());
            ChannelAccess access = new ChannelAccess(false, false, false, AccessMode.ALWAYS_AVAILABLE, PrivilegeLevel.ADMINISTRATOR);
            send(new SetChannelAccess(1, SetChannelAccess.Update.VOLATILE, SetChannelAccess.Update.VOLATILE, access));
            assertEquals(access, send(new GetChannelAccess(1, false)).access());
        }

        @Test
        void sendMessageIsAcceptedButItsAnswerIsOutOfReach() throws Exception {
            // ipmi_sim takes the bridged Get Device ID (cc 00h, no data) and would queue the answer for
            // Get Message, which it refuses on LAN (D4h)
            Octets ipmb = SendMessage.ipmbRequest(0x20, NetFn.APP, 0, 0x81, 1, 0, 0x01, new byte[0]);
            assertEquals(Octets.EMPTY, send(new SendMessage(SendMessage.Tracking.NONE, false, false, 0, ipmb)).data());
        }
    }
}
