package dev.ipmi.core.command;

import dev.ipmi.core.command.app.GetMessage;
import dev.ipmi.core.command.app.SendMessage;
import dev.ipmi.core.command.app.MasterWriteRead;
import dev.ipmi.core.command.app.ColdReset;
import dev.ipmi.core.command.app.GetBmcGlobalEnables;
import dev.ipmi.core.command.app.GetDeviceGuid;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.app.GetSelfTestResults;
import dev.ipmi.core.command.app.GetSystemGuid;
import dev.ipmi.core.command.app.GetWatchdogTimer;
import dev.ipmi.core.command.app.ResetWatchdogTimer;
import dev.ipmi.core.command.app.SetBmcGlobalEnables;
import dev.ipmi.core.command.app.SetWatchdogTimer;
import dev.ipmi.core.command.app.WarmReset;
import dev.ipmi.core.command.session.ActivateSession;
import dev.ipmi.core.command.session.CloseSession;
import dev.ipmi.core.command.session.GetChannelAuthenticationCapabilities;
import dev.ipmi.core.command.session.GetSessionChallenge;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.core.command.session.SetSessionPrivilegeLevel;
import dev.ipmi.core.command.channel.GetChannelInfo;
import dev.ipmi.core.command.channel.GetChannelAccess;
import dev.ipmi.core.command.channel.SetChannelAccess;
import dev.ipmi.core.command.channel.GetChannelCipherSuites;
import dev.ipmi.core.command.user.GetUserAccess;
import dev.ipmi.core.command.user.SetUserAccess;
import dev.ipmi.core.command.user.GetUserName;
import dev.ipmi.core.command.user.SetUserName;
import dev.ipmi.core.command.user.SetUserPassword;
import dev.ipmi.core.command.chassis.GetChassisCapabilities;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.chassis.ChassisControl;
import dev.ipmi.core.command.chassis.ChassisIdentify;
import dev.ipmi.core.command.chassis.SetPowerRestorePolicy;
import dev.ipmi.core.command.chassis.GetSystemRestartCause;
import dev.ipmi.core.command.chassis.SetSystemBootOptions;
import dev.ipmi.core.command.chassis.GetSystemBootOptions;
import dev.ipmi.core.command.chassis.GetPohCounter;
import dev.ipmi.core.command.sensor.PlatformEventMessage;
import dev.ipmi.core.command.sensor.GetPefCapabilities;
import dev.ipmi.core.command.sensor.SetPefConfigurationParameters;
import dev.ipmi.core.command.sensor.GetPefConfigurationParameters;
import dev.ipmi.core.command.sensor.GetDeviceSdrInfo;
import dev.ipmi.core.command.sensor.GetDeviceSdr;
import dev.ipmi.core.command.sensor.ReserveDeviceSdrRepository;
import dev.ipmi.core.command.sensor.GetSensorReadingFactors;
import dev.ipmi.core.command.sensor.GetSensorHysteresis;
import dev.ipmi.core.command.sensor.SetSensorThresholds;
import dev.ipmi.core.command.sensor.GetSensorThresholds;
import dev.ipmi.core.command.sensor.GetSensorEventEnable;
import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.core.command.storage.GetFruInventoryAreaInfo;
import dev.ipmi.core.command.storage.ReadFruData;
import dev.ipmi.core.command.storage.WriteFruData;
import dev.ipmi.core.command.storage.GetSdrRepositoryInfo;
import dev.ipmi.core.command.storage.ReserveSdrRepository;
import dev.ipmi.core.command.storage.GetSdr;
import dev.ipmi.core.command.storage.GetSelInfo;
import dev.ipmi.core.command.storage.ReserveSel;
import dev.ipmi.core.command.storage.GetSelEntry;
import dev.ipmi.core.command.storage.AddSelEntry;
import dev.ipmi.core.command.storage.DeleteSelEntry;
import dev.ipmi.core.command.storage.ClearSel;
import dev.ipmi.core.command.storage.GetSelTime;
import dev.ipmi.core.command.storage.SetSelTime;
import dev.ipmi.core.command.payload.ActivatePayload;
import dev.ipmi.core.command.payload.DeactivatePayload;
import dev.ipmi.core.command.payload.GetPayloadActivationStatus;
import dev.ipmi.core.command.payload.GetPayloadInstanceInfo;
import dev.ipmi.core.command.payload.GetUserPayloadAccess;
import dev.ipmi.core.command.payload.GetChannelPayloadSupport;
import dev.ipmi.core.command.transport.SetLanConfigurationParameters;
import dev.ipmi.core.command.transport.GetLanConfigurationParameters;
import dev.ipmi.core.command.transport.SetSolConfigurationParameters;
import dev.ipmi.core.command.transport.GetSolConfigurationParameters;
import dev.ipmi.core.command.dcmi.GetDcmiCapabilities;
import dev.ipmi.core.command.dcmi.GetPowerReading;
import dev.ipmi.core.command.dcmi.GetPowerLimit;
import dev.ipmi.core.command.dcmi.SetPowerLimit;
import dev.ipmi.core.command.dcmi.ActivatePowerLimit;
import dev.ipmi.core.command.dcmi.Dcmi;
import dev.ipmi.core.IpmiException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue: every standard command this library types, with its NetFn, command byte,
 * minimum privilege, side-effect flag and request decoder. The LAN client uses it for timeouts
 * and retry decisions, the simulated BMC to parse requests. The list of commands with their
 * spec sections is in the {@linkplain dev.ipmi.core.command package documentation}.
 *
 * <pre>{@code
 * CatalogueEntry e = Commands.find(NetFn.APP, 0x01).orElseThrow();   // Get Device ID
 * boolean retryable = !e.spec().sideEffects();
 * }</pre>
 */
public final class Commands {
    private static final List<CatalogueEntry> ALL = List.of(
            // App: device and BMC
            CatalogueEntry.of(GetDeviceId.SPEC, GetDeviceId::decodeRequest),
            CatalogueEntry.of(ColdReset.SPEC, ColdReset::decodeRequest),
            CatalogueEntry.of(WarmReset.SPEC, WarmReset::decodeRequest),
            CatalogueEntry.of(GetSelfTestResults.SPEC, GetSelfTestResults::decodeRequest),
            CatalogueEntry.of(GetDeviceGuid.SPEC, GetDeviceGuid::decodeRequest),
            CatalogueEntry.of(GetSystemGuid.SPEC, GetSystemGuid::decodeRequest),
            CatalogueEntry.of(ResetWatchdogTimer.SPEC, ResetWatchdogTimer::decodeRequest),
            CatalogueEntry.of(SetWatchdogTimer.SPEC, SetWatchdogTimer::decodeRequest),
            CatalogueEntry.of(GetWatchdogTimer.SPEC, GetWatchdogTimer::decodeRequest),
            CatalogueEntry.of(SetBmcGlobalEnables.SPEC, SetBmcGlobalEnables::decodeRequest),
            CatalogueEntry.of(GetBmcGlobalEnables.SPEC, GetBmcGlobalEnables::decodeRequest),
            // App: sessions
            CatalogueEntry.of(GetChannelAuthenticationCapabilities.SPEC, GetChannelAuthenticationCapabilities::decodeRequest),
            CatalogueEntry.of(GetSessionChallenge.SPEC, GetSessionChallenge::decodeRequest),
            CatalogueEntry.of(ActivateSession.SPEC, ActivateSession::decodeRequest),
            CatalogueEntry.of(SetSessionPrivilegeLevel.SPEC, SetSessionPrivilegeLevel::decodeRequest),
            CatalogueEntry.of(CloseSession.SPEC, CloseSession::decodeRequest),
            CatalogueEntry.of(GetSessionInfo.SPEC, GetSessionInfo::decodeRequest),
            // App: channels and users
            CatalogueEntry.of(GetChannelInfo.SPEC, GetChannelInfo::decodeRequest),
            CatalogueEntry.of(GetChannelAccess.SPEC, GetChannelAccess::decodeRequest),
            CatalogueEntry.of(SetChannelAccess.SPEC, SetChannelAccess::decodeRequest),
            CatalogueEntry.of(GetChannelCipherSuites.SPEC, GetChannelCipherSuites::decodeRequest),
            CatalogueEntry.of(GetUserAccess.SPEC, GetUserAccess::decodeRequest),
            CatalogueEntry.of(SetUserAccess.SPEC, SetUserAccess::decodeRequest),
            CatalogueEntry.of(GetUserName.SPEC, GetUserName::decodeRequest),
            CatalogueEntry.of(SetUserName.SPEC, SetUserName::decodeRequest),
            CatalogueEntry.of(SetUserPassword.SPEC, SetUserPassword::decodeRequest),
            // App: RMCP+ payloads
            CatalogueEntry.of(ActivatePayload.SPEC, ActivatePayload::decodeRequest),
            CatalogueEntry.of(DeactivatePayload.SPEC, DeactivatePayload::decodeRequest),
            CatalogueEntry.of(GetPayloadActivationStatus.SPEC, GetPayloadActivationStatus::decodeRequest),
            CatalogueEntry.of(GetPayloadInstanceInfo.SPEC, GetPayloadInstanceInfo::decodeRequest),
            CatalogueEntry.of(GetUserPayloadAccess.SPEC, GetUserPayloadAccess::decodeRequest),
            CatalogueEntry.of(GetChannelPayloadSupport.SPEC, GetChannelPayloadSupport::decodeRequest),
            // App: bridging
            CatalogueEntry.of(GetMessage.SPEC, GetMessage::decodeRequest),
            CatalogueEntry.of(SendMessage.SPEC, SendMessage::decodeRequest),
            CatalogueEntry.of(MasterWriteRead.SPEC, MasterWriteRead::decodeRequest),
            // Chassis
            CatalogueEntry.of(GetChassisCapabilities.SPEC, GetChassisCapabilities::decodeRequest),
            CatalogueEntry.of(GetChassisStatus.SPEC, GetChassisStatus::decodeRequest),
            CatalogueEntry.of(ChassisControl.SPEC, ChassisControl::decodeRequest),
            CatalogueEntry.of(ChassisIdentify.SPEC, ChassisIdentify::decodeRequest),
            CatalogueEntry.of(SetPowerRestorePolicy.SPEC, SetPowerRestorePolicy::decodeRequest),
            CatalogueEntry.of(GetSystemRestartCause.SPEC, GetSystemRestartCause::decodeRequest),
            CatalogueEntry.of(SetSystemBootOptions.SPEC, SetSystemBootOptions::decodeRequest),
            CatalogueEntry.of(GetSystemBootOptions.SPEC, GetSystemBootOptions::decodeRequest),
            CatalogueEntry.of(GetPohCounter.SPEC, GetPohCounter::decodeRequest),
            // Sensor/Event
            CatalogueEntry.of(PlatformEventMessage.SPEC, PlatformEventMessage::decodeRequest),
            CatalogueEntry.of(GetPefCapabilities.SPEC, GetPefCapabilities::decodeRequest),
            CatalogueEntry.of(SetPefConfigurationParameters.SPEC, SetPefConfigurationParameters::decodeRequest),
            CatalogueEntry.of(GetPefConfigurationParameters.SPEC, GetPefConfigurationParameters::decodeRequest),
            CatalogueEntry.of(GetDeviceSdrInfo.SPEC, GetDeviceSdrInfo::decodeRequest),
            CatalogueEntry.of(GetDeviceSdr.SPEC, GetDeviceSdr::decodeRequest),
            CatalogueEntry.of(ReserveDeviceSdrRepository.SPEC, ReserveDeviceSdrRepository::decodeRequest),
            CatalogueEntry.of(GetSensorReadingFactors.SPEC, GetSensorReadingFactors::decodeRequest),
            CatalogueEntry.of(GetSensorHysteresis.SPEC, GetSensorHysteresis::decodeRequest),
            CatalogueEntry.of(SetSensorThresholds.SPEC, SetSensorThresholds::decodeRequest),
            CatalogueEntry.of(GetSensorThresholds.SPEC, GetSensorThresholds::decodeRequest),
            CatalogueEntry.of(GetSensorEventEnable.SPEC, GetSensorEventEnable::decodeRequest),
            CatalogueEntry.of(GetSensorReading.SPEC, GetSensorReading::decodeRequest),
            // Storage: FRU, SDR, SEL
            CatalogueEntry.of(GetFruInventoryAreaInfo.SPEC, GetFruInventoryAreaInfo::decodeRequest),
            CatalogueEntry.of(ReadFruData.SPEC, ReadFruData::decodeRequest),
            CatalogueEntry.of(WriteFruData.SPEC, WriteFruData::decodeRequest),
            CatalogueEntry.of(GetSdrRepositoryInfo.SPEC, GetSdrRepositoryInfo::decodeRequest),
            CatalogueEntry.of(ReserveSdrRepository.SPEC, ReserveSdrRepository::decodeRequest),
            CatalogueEntry.of(GetSdr.SPEC, GetSdr::decodeRequest),
            CatalogueEntry.of(GetSelInfo.SPEC, GetSelInfo::decodeRequest),
            CatalogueEntry.of(ReserveSel.SPEC, ReserveSel::decodeRequest),
            CatalogueEntry.of(GetSelEntry.SPEC, GetSelEntry::decodeRequest),
            CatalogueEntry.of(AddSelEntry.SPEC, AddSelEntry::decodeRequest),
            CatalogueEntry.of(DeleteSelEntry.SPEC, DeleteSelEntry::decodeRequest),
            CatalogueEntry.of(ClearSel.SPEC, ClearSel::decodeRequest),
            CatalogueEntry.of(GetSelTime.SPEC, GetSelTime::decodeRequest),
            CatalogueEntry.of(SetSelTime.SPEC, SetSelTime::decodeRequest),
            // Transport: LAN and SOL configuration
            CatalogueEntry.of(SetLanConfigurationParameters.SPEC, SetLanConfigurationParameters::decodeRequest),
            CatalogueEntry.of(GetLanConfigurationParameters.SPEC, GetLanConfigurationParameters::decodeRequest),
            CatalogueEntry.of(SetSolConfigurationParameters.SPEC, SetSolConfigurationParameters::decodeRequest),
            CatalogueEntry.of(GetSolConfigurationParameters.SPEC, GetSolConfigurationParameters::decodeRequest),
            // DCMI (group extension DCh)
            CatalogueEntry.group(GetDcmiCapabilities.SPEC, Dcmi.GROUP_ID, GetDcmiCapabilities::decodeRequest),
            CatalogueEntry.group(GetPowerReading.SPEC, Dcmi.GROUP_ID, GetPowerReading::decodeRequest),
            CatalogueEntry.group(GetPowerLimit.SPEC, Dcmi.GROUP_ID, GetPowerLimit::decodeRequest),
            CatalogueEntry.group(SetPowerLimit.SPEC, Dcmi.GROUP_ID, SetPowerLimit::decodeRequest),
            CatalogueEntry.group(ActivatePowerLimit.SPEC, Dcmi.GROUP_ID, ActivatePowerLimit::decodeRequest)
    );

    private static final Map<Key, CatalogueEntry> BY_KEY = index();

    private Commands() {}

    private record Key(int netFn, int command, int groupId) {}

    private static Map<Key, CatalogueEntry> index() {
        Map<Key, CatalogueEntry> map = new HashMap<>();
        for (CatalogueEntry e : ALL) {
            Key k = new Key(e.spec().netFn().code(), e.spec().command(), e.groupId());
            if (map.put(k, e) != null) {
                throw new ExceptionInInitializerError("duplicate catalogue key " + k);
            }
        }
        return Map.copyOf(map);
    }

    /**
     * The command a received request is for, as a BMC dispatches it: for the group extension
     * NetFn the group id is read (not consumed) from the first data byte.
     */
    public static Optional<CatalogueEntry> find(NetFn netFn, int command, ByteBuffer requestData) {
        if (netFn.equals(NetFn.GROUP_EXTENSION)) {
            if (!requestData.hasRemaining()) {
                return Optional.empty();
            }
            return find(netFn, command, requestData.get(requestData.position()) & 0xFF);
        }
        return find(netFn, command);
    }

    /**
     * Decodes a whole response's data, completion code first: a non-normal code becomes a
     * {@link CompletionCodeException} and never reaches the command's decoder.
     *
     * @param dataWithCompletionCode the IPMI message data after the command byte, completion code first
     */
    public static <R> R decodeResponse(IpmiRequest<R> request, ByteBuffer dataWithCompletionCode) throws IpmiException {
        Wire.need(dataWithCompletionCode, 1, request.spec().name() + " response");
        CompletionCode code = CompletionCode.of(Wire.u8(dataWithCompletionCode));
        if (!code.isNormal()) {
            throw new CompletionCodeException(request.spec(), code);
        }
        return request.decodeResponse(dataWithCompletionCode);
    }

    /** Every command, in catalogue order. */
    public static List<CatalogueEntry> all() {
        return ALL;
    }

    /** The command with this NetFn and command byte (not a group extension). */
    public static Optional<CatalogueEntry> find(NetFn netFn, int command) {
        return Optional.ofNullable(BY_KEY.get(new Key(netFn.code(), command, CatalogueEntry.NO_GROUP)));
    }

    /** A group extension command (NetFn 2Ch): the group id is the first request data byte. */
    public static Optional<CatalogueEntry> find(NetFn netFn, int command, int groupId) {
        return Optional.ofNullable(BY_KEY.get(new Key(netFn.code(), command, groupId)));
    }
}
