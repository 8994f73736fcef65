package org.cbec.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** A Spring Boot application with the starter and nothing else of the SDK: no Java configuration of the client. */
@SpringBootApplication
class TestApplication {

    /** Records the status events the application receives. */
    static final class StatusEvents {
        final List<CebStatusEvent> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CebStatusEvent event) {
            received.add(event);
        }
    }

    @Bean
    StatusEvents statusEvents() {
        return new StatusEvents();
    }
}
