package dev.ipmi.testkit.sim;

/** A command's completion code and response data (after the completion code). */
record Reply(int completionCode, byte[] data) {
    static final byte[] EMPTY = new byte[0];

    static Reply ok(byte... data) {
        return new Reply(0, data);
    }

    static Reply cc(int completionCode) {
        return new Reply(completionCode, EMPTY);
    }
}
