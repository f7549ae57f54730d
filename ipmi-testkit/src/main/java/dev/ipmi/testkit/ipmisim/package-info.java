/**
 * OpenIPMI's {@code ipmi_sim} as a throw-away test BMC on loopback:
 * {@link dev.ipmi.testkit.ipmisim.IpmiSimBmc} starts and stops it,
 * {@link dev.ipmi.testkit.ipmisim.IpmiSimUser} lists its users. The configuration it runs
 * (users, SDRs, sensors, SEL, FRU, chassis hook, SOL) and ipmi_sim's known bugs are
 * documented in {@code ipmi-testkit/IPMI_SIM.md}.
 */
package dev.ipmi.testkit.ipmisim;
