package org.cbec.examples.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cbec.spring.CebStatusEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs every status change of every filing, as the starter publishes it ({@link CebStatusEvent}). */
@Component
public class StatusLog {

    private static final Logger LOG = LoggerFactory.getLogger(StatusLog.class);

    private final List<CebStatusEvent> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CebStatusEvent event) {
        seen.add(event);
        LOG.info("{} -> {}{}", event.guid(), event.status(),
                event.receiptEvent().map(r -> " (" + r.returnStatus() + " " + r.info() + ")").orElse(""));
    }

    /** The status changes seen so far, in order. */
    public List<CebStatusEvent> seen() {
        return List.copyOf(seen);
    }
}
