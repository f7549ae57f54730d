/**
 * The reference IPMI clients, {@code ipmitool} and FreeIPMI, run as processes against a BMC,
 * with the options ipmi_sim needs: {@link dev.ipmi.testkit.refclient.Ipmitool} always passes
 * {@code -C} (without it ipmitool stalls 10 s probing cipher suites ipmi_sim never lists),
 * {@link dev.ipmi.testkit.refclient.FreeIpmi} always passes {@code -W opensesspriv}.
 */
package dev.ipmi.testkit.refclient;
