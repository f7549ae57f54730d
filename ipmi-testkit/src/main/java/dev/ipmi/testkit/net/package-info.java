/** Network fault helpers for tests: a lossy UDP relay between a client and any BMC on loopback. */
package dev.ipmi.testkit.net;
