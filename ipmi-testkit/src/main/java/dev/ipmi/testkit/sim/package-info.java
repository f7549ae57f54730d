/**
 * A BMC simulated inside the JVM ({@link dev.ipmi.testkit.sim.SimulatedBmc}): RMCP/ASF,
 * IPMI 1.5 and RMCP+ sessions with every standard cipher suite, the ipmi_sim testbed's
 * users, SDRs, sensors, SEL and FRUs, chassis power, Serial-over-LAN with a host-side API
 * ({@link dev.ipmi.testkit.sim.SolConsole}) and run-time {@link dev.ipmi.testkit.sim.Faults}.
 * Needs no external programs and no JUnit; one selector thread per BMC.
 *
 * <p>Behaviour worth knowing when writing tests against it:
 * <ul>
 *   <li>RMCP+ sessions start at the lower of USER and the RAKP role; Set Session Privilege
 *       Level raises them up to the role (IPMI 1.5: up to the Activate Session maximum).</li>
 *   <li>The RAKP 1 role is checked against the user's limit for both lookup kinds: asking for
 *       more gives RAKP 2 status 0Dh (ipmi_sim does not check name-only lookups).</li>
 *   <li>Open Session answers a requested privilege of 0 with ADMINISTRATOR, so FreeIPMI
 *       needs no {@code -W opensesspriv} workaround.</li>
 *   <li>Get Channel Cipher Suites works outside a session, so ipmitool without {@code -C}
 *       does not lose 10 s as with ipmi_sim.</li>
 * </ul>
 */
package dev.ipmi.testkit.sim;
