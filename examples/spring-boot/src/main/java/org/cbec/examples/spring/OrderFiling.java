package org.cbec.examples.spring;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.cbec.client.CebClient;
import org.cbec.client.Submission;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.customs.imports.Ceb311Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Files the order in {@code orders/CEB311-order.xml} (as an upstream order system would hand it over) under new
 * guids, once the application has started, and waits for its final status. The {@link CebClient} is the starter's.
 */
@Component
public class OrderFiling implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OrderFiling.class);

    private final CebClient client;
    private final Resource order;
    private final Duration wait;
    private volatile Status outcome;

    public OrderFiling(CebClient client, @Value("${example.order:classpath:orders/CEB311-order.xml}") Resource order,
            @Value("${example.wait:30s}") Duration wait) {
        this.client = client;
        this.order = order;
        this.wait = wait;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, InterruptedException {
        Ceb311Message read;
        try (InputStream in = order.getInputStream()) {
            read = CebCodec.ofDefaults().read(in.readAllBytes(), Ceb311Message.SPEC);
        }
        // a new guid for the message and for the order document, as each filing needs
        Ceb311Message fresh = read.toBuilder().guid(newGuid()).orders(read.orders().stream()
                .map(o -> o.toBuilder().orderHead(o.orderHead().toBuilder().guid(newGuid()).build()).build()).toList()).build();
        Submission submission = client.submit(fresh);  // validated, signed and durable when it returns
        LOG.info("filed {} {}", submission.messageType(), submission.guid());
        outcome = submission.await(Status.ENTERED, wait); // an order's receipt table ends at 120 入库
        LOG.info("{} ended {}", submission.guid(), outcome);
    }

    private static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** The status the order reached, once {@link #run} returned. */
    public Status outcome() {
        return outcome;
    }
}
