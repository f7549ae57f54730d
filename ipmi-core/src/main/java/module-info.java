/** Wire codecs, cipher suites and RAKP, and the typed IPMI command catalogue. */
module dev.ipmi.core {
    requires org.slf4j;
    requires static org.bouncycastle.provider;

    exports dev.ipmi.core;
    exports dev.ipmi.core.wire;
    exports dev.ipmi.core.crypto;
    exports dev.ipmi.core.command;
    exports dev.ipmi.core.session;
    exports dev.ipmi.core.command.app;
    exports dev.ipmi.core.command.session;
    exports dev.ipmi.core.command.channel;
    exports dev.ipmi.core.command.user;
    exports dev.ipmi.core.command.payload;
    exports dev.ipmi.core.command.chassis;
    exports dev.ipmi.core.command.sensor;
    exports dev.ipmi.core.command.storage;
    exports dev.ipmi.core.command.transport;
    exports dev.ipmi.core.command.dcmi;
}
