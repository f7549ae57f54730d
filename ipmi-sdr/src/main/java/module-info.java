/** SDR repository, sensor readings in real units, SEL and FRU decoding. */
module dev.ipmi.sdr {
    requires transitive dev.ipmi.core;
    requires transitive dev.ipmi.lan;

    exports dev.ipmi.sdr;
    exports dev.ipmi.sdr.sel;
    exports dev.ipmi.sdr.fru;
}
