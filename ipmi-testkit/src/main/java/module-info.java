/**
 * Test peers for the IPMI client: OpenIPMI's {@code ipmi_sim} as a throw-away BMC on
 * loopback, the reference clients {@code ipmitool} and FreeIPMI as processes, and a JUnit 5
 * extension that starts the BMC and skips (or, with {@code CI=true}, fails) when the tools
 * are not installed. JUnit is needed only by {@code dev.ipmi.testkit.junit}.
 */
module dev.ipmi.testkit {
    requires dev.ipmi.core;
    requires org.slf4j;
    requires static org.junit.jupiter.api;

    exports dev.ipmi.testkit.ipmisim;
    exports dev.ipmi.testkit.process;
    exports dev.ipmi.testkit.refclient;
    exports dev.ipmi.testkit.junit;
    exports dev.ipmi.testkit.sim;
    exports dev.ipmi.testkit.net;
}
