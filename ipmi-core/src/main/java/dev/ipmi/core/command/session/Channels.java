package dev.ipmi.core.command.session;

final class Channels {
    private Channels() {}

    static void check(int channel) {
        if (channel < 0 || channel > 0x0F) {
            throw new IllegalArgumentException("channel is 4 bits: " + channel);
        }
    }
}
