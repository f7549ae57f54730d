/**
 * JUnit 5 glue (needs {@code junit-jupiter-api}, an optional dependency of this module):
 * {@link dev.ipmi.testkit.junit.RequiresIpmiSim} starts an ipmi_sim BMC per class or per test
 * and injects it; {@link dev.ipmi.testkit.junit.Prerequisites} finds the simulator and the
 * reference clients, and skips a test when they are missing on a developer's machine but
 * fails it when {@code CI=true}.
 */
package dev.ipmi.testkit.junit;
