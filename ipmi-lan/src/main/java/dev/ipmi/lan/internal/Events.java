package dev.ipmi.lan.internal;

import dev.ipmi.lan.IpmiEventListener;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Delivers listener events off the selector thread, in order. When the listener is the no-op
 * default, nothing is queued at all.
 */
final class Events {
    private final IpmiEventListener listener;
    private final Executor serial;
    private final boolean enabled;

    Events(IpmiEventListener listener, Executor executor) {
        this.listener = listener;
        this.serial = new SerialExecutor(executor);
        this.enabled = listener != IpmiEventListener.NONE;
    }

    void emit(Consumer<IpmiEventListener> event) {
        if (enabled) {
            serial.execute(() -> event.accept(listener));
        }
    }
}
