package org.cbec.spring.internal;

import org.cbec.client.CebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Not API: ties the starter's {@link CebClient} to the application context. The client is built, and its workers
 * started, when the context creates it; it is closed in the context's stop phase: after the web server stopped
 * taking requests (a later phase), before the data source and the other beans are destroyed. Closing stops claiming,
 * lets the sends in flight finish (bounded) and closes the transport and the store, so no claim of this instance
 * outlives it unless a send outlasted the bound.
 */
public final class ClientLifecycle implements SmartLifecycle {

    /** Stops after the web server (Spring Boot's is DEFAULT_PHASE - 2048) and its graceful shutdown. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger LOG = LoggerFactory.getLogger(ClientLifecycle.class);

    private final CebClient client;
    private volatile boolean running = true;

    public ClientLifecycle(CebClient client) {
        this.client = client;
    }

    /** The client. */
    public CebClient client() {
        return client;
    }

    @Override
    public void start() {
        if (!running) {
            LOG.warn("the CebClient was closed when the application context stopped and cannot start again; restart the application");
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            running = false;
            client.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
