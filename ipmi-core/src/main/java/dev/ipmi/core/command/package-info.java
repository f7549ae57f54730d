/**
 * The typed IPMI command catalogue: one record per command implementing
 * {@link dev.ipmi.core.command.IpmiRequest}, its response nested, request and response codecs
 * both ways, and {@link dev.ipmi.core.command.Commands}, the list of them all.
 *
 * <p>Shared types: {@link dev.ipmi.core.command.NetFn} (IPMI v2.0 section 5.1),
 * {@link dev.ipmi.core.command.CompletionCode} (section 5.2), {@link dev.ipmi.core.command.PrivilegeLevel}
 * (section 6.8), {@link dev.ipmi.core.command.SetInProgress} (parameter 0 of every configuration
 * parameter command).
 *
 * <pre>{@code
 * GetChassisStatus.Response st = session.send(new GetChassisStatus()).join();   // no cast
 * }</pre>
 *
 * <p>Users add OEM commands the same way: a record implementing {@code IpmiRequest<R>} with
 * NetFn {@link dev.ipmi.core.command.NetFn#OEM_GROUP} (see {@link dev.ipmi.core.command.IpmiRequest}).
 *
 * <table>
 * <caption>Every catalogued command ("side effects": longer timeout, never blindly re-issued)</caption>
 * <tr><th>Command</th><th>Spec section</th><th>NetFn</th><th>Cmd</th><th>Privilege</th><th>Side effects</th><th>Class</th></tr>
 * <tr><td>Get Device ID</td><td>IPMI v2.0 20.1</td><td>App 06h</td><td>01h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.app.GetDeviceId}</td></tr>
 * <tr><td>Cold Reset</td><td>IPMI v2.0 20.2</td><td>App 06h</td><td>02h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.app.ColdReset}</td></tr>
 * <tr><td>Warm Reset</td><td>IPMI v2.0 20.3</td><td>App 06h</td><td>03h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.app.WarmReset}</td></tr>
 * <tr><td>Get Self Test Results</td><td>IPMI v2.0 20.4</td><td>App 06h</td><td>04h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.app.GetSelfTestResults}</td></tr>
 * <tr><td>Get Device GUID</td><td>IPMI v2.0 20.8</td><td>App 06h</td><td>08h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.app.GetDeviceGuid}</td></tr>
 * <tr><td>Get System GUID</td><td>IPMI v2.0 22.14</td><td>App 06h</td><td>37h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.app.GetSystemGuid}</td></tr>
 * <tr><td>Reset Watchdog Timer</td><td>IPMI v2.0 27.5</td><td>App 06h</td><td>22h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.app.ResetWatchdogTimer}</td></tr>
 * <tr><td>Set Watchdog Timer</td><td>IPMI v2.0 27.6</td><td>App 06h</td><td>24h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.app.SetWatchdogTimer}</td></tr>
 * <tr><td>Get Watchdog Timer</td><td>IPMI v2.0 27.7</td><td>App 06h</td><td>25h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.app.GetWatchdogTimer}</td></tr>
 * <tr><td>Set BMC Global Enables</td><td>IPMI v2.0 22.1</td><td>App 06h</td><td>2Eh</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.app.SetBmcGlobalEnables}</td></tr>
 * <tr><td>Get BMC Global Enables</td><td>IPMI v2.0 22.2</td><td>App 06h</td><td>2Fh</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.app.GetBmcGlobalEnables}</td></tr>
 * <tr><td>Get Channel Authentication Capabilities</td><td>IPMI v2.0 22.13</td><td>App 06h</td><td>38h</td><td>Callback</td><td></td><td>{@link dev.ipmi.core.command.session.GetChannelAuthenticationCapabilities}</td></tr>
 * <tr><td>Get Session Challenge</td><td>IPMI v2.0 22.16</td><td>App 06h</td><td>39h</td><td>Callback</td><td>yes</td><td>{@link dev.ipmi.core.command.session.GetSessionChallenge}</td></tr>
 * <tr><td>Activate Session</td><td>IPMI v2.0 22.17</td><td>App 06h</td><td>3Ah</td><td>Callback</td><td>yes</td><td>{@link dev.ipmi.core.command.session.ActivateSession}</td></tr>
 * <tr><td>Set Session Privilege Level</td><td>IPMI v2.0 22.18</td><td>App 06h</td><td>3Bh</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.session.SetSessionPrivilegeLevel}</td></tr>
 * <tr><td>Close Session</td><td>IPMI v2.0 22.19</td><td>App 06h</td><td>3Ch</td><td>Callback</td><td>yes</td><td>{@link dev.ipmi.core.command.session.CloseSession}</td></tr>
 * <tr><td>Get Session Info</td><td>IPMI v2.0 22.20</td><td>App 06h</td><td>3Dh</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.session.GetSessionInfo}</td></tr>
 * <tr><td>Get Channel Info</td><td>IPMI v2.0 22.24</td><td>App 06h</td><td>42h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.channel.GetChannelInfo}</td></tr>
 * <tr><td>Get Channel Access</td><td>IPMI v2.0 22.23</td><td>App 06h</td><td>41h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.channel.GetChannelAccess}</td></tr>
 * <tr><td>Set Channel Access</td><td>IPMI v2.0 22.22</td><td>App 06h</td><td>40h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.channel.SetChannelAccess}</td></tr>
 * <tr><td>Get Channel Cipher Suites</td><td>IPMI v2.0 22.15</td><td>App 06h</td><td>54h</td><td>Callback</td><td></td><td>{@link dev.ipmi.core.command.channel.GetChannelCipherSuites}</td></tr>
 * <tr><td>Get User Access</td><td>IPMI v2.0 22.27</td><td>App 06h</td><td>44h</td><td>Operator</td><td></td><td>{@link dev.ipmi.core.command.user.GetUserAccess}</td></tr>
 * <tr><td>Set User Access</td><td>IPMI v2.0 22.26</td><td>App 06h</td><td>43h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.user.SetUserAccess}</td></tr>
 * <tr><td>Get User Name</td><td>IPMI v2.0 22.29</td><td>App 06h</td><td>46h</td><td>Operator</td><td></td><td>{@link dev.ipmi.core.command.user.GetUserName}</td></tr>
 * <tr><td>Set User Name</td><td>IPMI v2.0 22.28</td><td>App 06h</td><td>45h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.user.SetUserName}</td></tr>
 * <tr><td>Set User Password</td><td>IPMI v2.0 22.30</td><td>App 06h</td><td>47h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.user.SetUserPassword}</td></tr>
 * <tr><td>Activate Payload</td><td>IPMI v2.0 24.1</td><td>App 06h</td><td>48h</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.payload.ActivatePayload}</td></tr>
 * <tr><td>Deactivate Payload</td><td>IPMI v2.0 24.2</td><td>App 06h</td><td>49h</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.payload.DeactivatePayload}</td></tr>
 * <tr><td>Get Payload Activation Status</td><td>IPMI v2.0 24.4</td><td>App 06h</td><td>4Ah</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.payload.GetPayloadActivationStatus}</td></tr>
 * <tr><td>Get Payload Instance Info</td><td>IPMI v2.0 24.5</td><td>App 06h</td><td>4Bh</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.payload.GetPayloadInstanceInfo}</td></tr>
 * <tr><td>Get User Payload Access</td><td>IPMI v2.0 24.7</td><td>App 06h</td><td>4Dh</td><td>Operator</td><td></td><td>{@link dev.ipmi.core.command.payload.GetUserPayloadAccess}</td></tr>
 * <tr><td>Get Channel Payload Support</td><td>IPMI v2.0 24.8</td><td>App 06h</td><td>4Eh</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.payload.GetChannelPayloadSupport}</td></tr>
 * <tr><td>Get Message</td><td>IPMI v2.0 22.6</td><td>App 06h</td><td>33h</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.app.GetMessage}</td></tr>
 * <tr><td>Send Message</td><td>IPMI v2.0 22.7</td><td>App 06h</td><td>34h</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.app.SendMessage}</td></tr>
 * <tr><td>Master Write-Read</td><td>IPMI v2.0 22.11</td><td>App 06h</td><td>52h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.app.MasterWriteRead}</td></tr>
 * <tr><td>Get Chassis Capabilities</td><td>IPMI v2.0 28.1</td><td>Chassis 00h</td><td>00h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.chassis.GetChassisCapabilities}</td></tr>
 * <tr><td>Get Chassis Status</td><td>IPMI v2.0 28.2</td><td>Chassis 00h</td><td>01h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.chassis.GetChassisStatus}</td></tr>
 * <tr><td>Chassis Control</td><td>IPMI v2.0 28.3</td><td>Chassis 00h</td><td>02h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.chassis.ChassisControl}</td></tr>
 * <tr><td>Chassis Identify</td><td>IPMI v2.0 28.5</td><td>Chassis 00h</td><td>04h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.chassis.ChassisIdentify}</td></tr>
 * <tr><td>Set Power Restore Policy</td><td>IPMI v2.0 28.8</td><td>Chassis 00h</td><td>06h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.chassis.SetPowerRestorePolicy}</td></tr>
 * <tr><td>Get System Restart Cause</td><td>IPMI v2.0 28.11</td><td>Chassis 00h</td><td>07h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.chassis.GetSystemRestartCause}</td></tr>
 * <tr><td>Set System Boot Options</td><td>IPMI v2.0 28.12</td><td>Chassis 00h</td><td>08h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.chassis.SetSystemBootOptions}</td></tr>
 * <tr><td>Get System Boot Options</td><td>IPMI v2.0 28.13</td><td>Chassis 00h</td><td>09h</td><td>Operator</td><td></td><td>{@link dev.ipmi.core.command.chassis.GetSystemBootOptions}</td></tr>
 * <tr><td>Get POH Counter</td><td>IPMI v2.0 28.14</td><td>Chassis 00h</td><td>0Fh</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.chassis.GetPohCounter}</td></tr>
 * <tr><td>Platform Event Message</td><td>IPMI v2.0 29.3</td><td>S/E 04h</td><td>02h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.sensor.PlatformEventMessage}</td></tr>
 * <tr><td>Get PEF Capabilities</td><td>IPMI v2.0 30.1</td><td>S/E 04h</td><td>10h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetPefCapabilities}</td></tr>
 * <tr><td>Set PEF Configuration Parameters</td><td>IPMI v2.0 30.3</td><td>S/E 04h</td><td>12h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.sensor.SetPefConfigurationParameters}</td></tr>
 * <tr><td>Get PEF Configuration Parameters</td><td>IPMI v2.0 30.4</td><td>S/E 04h</td><td>13h</td><td>Operator</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetPefConfigurationParameters}</td></tr>
 * <tr><td>Get Device SDR Info</td><td>IPMI v2.0 35.2</td><td>S/E 04h</td><td>20h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetDeviceSdrInfo}</td></tr>
 * <tr><td>Get Device SDR</td><td>IPMI v2.0 35.3</td><td>S/E 04h</td><td>21h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetDeviceSdr}</td></tr>
 * <tr><td>Reserve Device SDR Repository</td><td>IPMI v2.0 35.4</td><td>S/E 04h</td><td>22h</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.sensor.ReserveDeviceSdrRepository}</td></tr>
 * <tr><td>Get Sensor Reading Factors</td><td>IPMI v2.0 35.5</td><td>S/E 04h</td><td>23h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetSensorReadingFactors}</td></tr>
 * <tr><td>Get Sensor Hysteresis</td><td>IPMI v2.0 35.7</td><td>S/E 04h</td><td>25h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetSensorHysteresis}</td></tr>
 * <tr><td>Set Sensor Thresholds</td><td>IPMI v2.0 35.8</td><td>S/E 04h</td><td>26h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.sensor.SetSensorThresholds}</td></tr>
 * <tr><td>Get Sensor Thresholds</td><td>IPMI v2.0 35.9</td><td>S/E 04h</td><td>27h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetSensorThresholds}</td></tr>
 * <tr><td>Get Sensor Event Enable</td><td>IPMI v2.0 35.11</td><td>S/E 04h</td><td>29h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetSensorEventEnable}</td></tr>
 * <tr><td>Get Sensor Reading</td><td>IPMI v2.0 35.14</td><td>S/E 04h</td><td>2Dh</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.sensor.GetSensorReading}</td></tr>
 * <tr><td>Get FRU Inventory Area Info</td><td>IPMI v2.0 34.1</td><td>Storage 0Ah</td><td>10h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.storage.GetFruInventoryAreaInfo}</td></tr>
 * <tr><td>Read FRU Data</td><td>IPMI v2.0 34.2</td><td>Storage 0Ah</td><td>11h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.storage.ReadFruData}</td></tr>
 * <tr><td>Write FRU Data</td><td>IPMI v2.0 34.3</td><td>Storage 0Ah</td><td>12h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.storage.WriteFruData}</td></tr>
 * <tr><td>Get SDR Repository Info</td><td>IPMI v2.0 33.9</td><td>Storage 0Ah</td><td>20h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.storage.GetSdrRepositoryInfo}</td></tr>
 * <tr><td>Reserve SDR Repository</td><td>IPMI v2.0 33.11</td><td>Storage 0Ah</td><td>22h</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.storage.ReserveSdrRepository}</td></tr>
 * <tr><td>Get SDR</td><td>IPMI v2.0 33.12</td><td>Storage 0Ah</td><td>23h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.storage.GetSdr}</td></tr>
 * <tr><td>Get SEL Info</td><td>IPMI v2.0 31.2</td><td>Storage 0Ah</td><td>40h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.storage.GetSelInfo}</td></tr>
 * <tr><td>Reserve SEL</td><td>IPMI v2.0 31.4</td><td>Storage 0Ah</td><td>42h</td><td>User</td><td>yes</td><td>{@link dev.ipmi.core.command.storage.ReserveSel}</td></tr>
 * <tr><td>Get SEL Entry</td><td>IPMI v2.0 31.5</td><td>Storage 0Ah</td><td>43h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.storage.GetSelEntry}</td></tr>
 * <tr><td>Add SEL Entry</td><td>IPMI v2.0 31.6</td><td>Storage 0Ah</td><td>44h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.storage.AddSelEntry}</td></tr>
 * <tr><td>Delete SEL Entry</td><td>IPMI v2.0 31.8</td><td>Storage 0Ah</td><td>46h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.storage.DeleteSelEntry}</td></tr>
 * <tr><td>Clear SEL</td><td>IPMI v2.0 31.9</td><td>Storage 0Ah</td><td>47h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.storage.ClearSel}</td></tr>
 * <tr><td>Get SEL Time</td><td>IPMI v2.0 31.10</td><td>Storage 0Ah</td><td>48h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.storage.GetSelTime}</td></tr>
 * <tr><td>Set SEL Time</td><td>IPMI v2.0 31.11</td><td>Storage 0Ah</td><td>49h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.storage.SetSelTime}</td></tr>
 * <tr><td>Set LAN Configuration Parameters</td><td>IPMI v2.0 23.1</td><td>Transport 0Ch</td><td>01h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.transport.SetLanConfigurationParameters}</td></tr>
 * <tr><td>Get LAN Configuration Parameters</td><td>IPMI v2.0 23.2</td><td>Transport 0Ch</td><td>02h</td><td>Operator</td><td></td><td>{@link dev.ipmi.core.command.transport.GetLanConfigurationParameters}</td></tr>
 * <tr><td>Set SOL Configuration Parameters</td><td>IPMI v2.0 26.2</td><td>Transport 0Ch</td><td>21h</td><td>Administrator</td><td>yes</td><td>{@link dev.ipmi.core.command.transport.SetSolConfigurationParameters}</td></tr>
 * <tr><td>Get SOL Configuration Parameters</td><td>IPMI v2.0 26.3</td><td>Transport 0Ch</td><td>22h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.transport.GetSolConfigurationParameters}</td></tr>
 * <tr><td>Get DCMI Capabilities Info</td><td>DCMI v1.5 6.1.1</td><td>Group 2Ch/DCh</td><td>01h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.dcmi.GetDcmiCapabilities}</td></tr>
 * <tr><td>Get Power Reading</td><td>DCMI v1.5 6.6.1</td><td>Group 2Ch/DCh</td><td>02h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.dcmi.GetPowerReading}</td></tr>
 * <tr><td>Get Power Limit</td><td>DCMI v1.5 6.6.2</td><td>Group 2Ch/DCh</td><td>03h</td><td>User</td><td></td><td>{@link dev.ipmi.core.command.dcmi.GetPowerLimit}</td></tr>
 * <tr><td>Set Power Limit</td><td>DCMI v1.5 6.6.3</td><td>Group 2Ch/DCh</td><td>04h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.dcmi.SetPowerLimit}</td></tr>
 * <tr><td>Activate/Deactivate Power Limit</td><td>DCMI v1.5 6.6.4</td><td>Group 2Ch/DCh</td><td>05h</td><td>Operator</td><td>yes</td><td>{@link dev.ipmi.core.command.dcmi.ActivatePowerLimit}</td></tr>
 * </table>
 */
package dev.ipmi.core.command;
