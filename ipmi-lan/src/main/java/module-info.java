/** The NIO IPMI-over-LAN client: sessions, cipher negotiation, retries and the public API. */
module dev.ipmi.lan {
    requires transitive dev.ipmi.core;
    requires org.slf4j;

    exports dev.ipmi.lan;
    // The SOL console attaches to a session's SOL payload stream through LanSession.
    exports dev.ipmi.lan.internal to dev.ipmi.sol;
}
