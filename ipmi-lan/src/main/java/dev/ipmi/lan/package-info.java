/**
 * The IPMI-over-LAN client: {@link dev.ipmi.lan.IpmiClient} (one NIO selector thread and one
 * UDP socket for any number of sessions), {@link dev.ipmi.lan.IpmiSession} and their options.
 *
 * <pre>{@code
 * try (IpmiClient client = IpmiClient.newBuilder().build();
 *      IpmiSession session = client.openSessionBlocking(BmcAddress.of("10.0.0.5"),
 *              Credentials.of("admin", password))) {
 *     GetDeviceId.Response id = session.sendBlocking(new GetDeviceId());
 * }
 * }</pre>
 *
 * Implements IPMI v2.0 rev. 1.1: RMCP+ session establishment with RAKP (sections 13.17-13.23,
 * 13.31-13.32), cipher suite discovery (22.15), IPMI 1.5 session activation (22.13-22.17,
 * 6.12.4), session sequence number windows (6.12.12-6.12.13), Set Session Privilege Level
 * (22.18) and Close Session (22.19); ASF presence ping (DSP0136 3.2.4).
 */
package dev.ipmi.lan;
