package org.cbec.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;

/** An in-process transport: records sends, answers with a scripted function, hands out queued receipts. */
final class RecordingTransport implements Transport {

    final List<OutboundEnvelope> sent = Collections.synchronizedList(new ArrayList<>());
    final Queue<InboundEnvelope> inbox = new ConcurrentLinkedQueue<>();
    /** At most this many receipts per {@link #receive}, like a gateway's per-poll limit. */
    volatile int maxPerReceive = Integer.MAX_VALUE;
    /** The names of the envelopes acknowledged, in order; an unacknowledged one is handed out again. */
    final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    volatile Function<OutboundEnvelope, SendResult> answer = e -> new SendResult(endpoint(), null, "ok");

    @Override
    public String endpoint() {
        return "recording:";
    }

    @Override
    public SendResult send(OutboundEnvelope envelope) {
        sent.add(envelope);
        return answer.apply(envelope);
    }

    @Override
    public List<InboundEnvelope> receive() {
        List<InboundEnvelope> out = new ArrayList<>();
        InboundEnvelope in;
        while (out.size() < maxPerReceive && (in = inbox.poll()) != null) {
            out.add(in);
        }
        return out;
    }

    @Override
    public void acknowledge(InboundEnvelope inbound) {
        acknowledged.add(inbound.name());
    }
}
