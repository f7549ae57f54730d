/**
 * Finding and running external programs (the BMC simulator and the reference clients) with a
 * timeout, their output captured: {@link dev.ipmi.testkit.process.Executables},
 * {@link dev.ipmi.testkit.process.Commands}, {@link dev.ipmi.testkit.process.CommandResult}.
 */
package dev.ipmi.testkit.process;
