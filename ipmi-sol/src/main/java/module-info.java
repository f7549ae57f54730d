/** Serial-over-LAN console on top of the LAN client: SOL payload codec, activation policy, stolen-console detection. */
module dev.ipmi.sol {
    requires transitive dev.ipmi.lan;
    requires org.slf4j;

    exports dev.ipmi.sol;
}
