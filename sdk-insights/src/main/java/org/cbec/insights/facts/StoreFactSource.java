package org.cbec.insights.facts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.cbec.client.spi.FilingQuery;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.StoredFiling;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.ValueType;
import org.cbec.customs.CebMessages;
import org.cbec.customs.receipt.CustomsReceipt;
import org.cbec.customs.receipt.ReceiptStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facts of what a client filed, read from its {@link MessageStore} (the embedded H2 outbox, PostgreSQL, any store):
 * each stored message's signed bytes are read back (leniently, as real traffic needs) and folded with the receipts the
 * store recorded for it. The submission time is when the message entered the store. Reads the store a page at a time
 * ({@link MessageStore#filings}), so statistics, scorecards and risk replays run in bounded memory over any number of
 * filings.
 *
 * <p>What the store does not keep is not in the facts: tax bills (CEB816/818) are not recorded per message, so
 * {@link FilingFact#tax()} is empty; a receipt line carries the document guid, status, time and text, not customs'
 * {@code invtNo}. A stored message that cannot be read back is skipped and logged (its id only).
 *
 * <pre>{@code
 * try (MessageStore store = Stores.h2(Path.of("var/cbec/outbox"))) {
 *     Statistics s = CbecInsights.builder().build().statistics(StoreFactSource.of(store, PartyKeys.random()), FactQuery.all());
 * }
 * }</pre>
 */
public final class StoreFactSource implements FactSource {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFactSource.class);
    private static final String MESSAGE = "Message";
    private static final Comparator<FilingFact> ORDER = Comparator.comparing(FilingFact::submittedAt).thenComparing(FilingFact::guid);

    private final MessageStore store;
    private final PartyKeys keys;
    private final CebCodec codec = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();

    private StoreFactSource(MessageStore store, PartyKeys keys) {
        this.store = Objects.requireNonNull(store, "store");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The facts of {@code store}'s messages, parties masked with {@code keys}; the caller keeps closing the store. */
    public static StoreFactSource of(MessageStore store, PartyKeys keys) {
        return new StoreFactSource(store, keys);
    }

    /**
     * The facts of the stored messages {@code query} names, in submission order (ties by guid: the facts of messages
     * that entered the store at the same instant, one batch, are sorted together, the only ones held at once).
     */
    @Override
    public Stream<FilingFact> facts(FactQuery query) {
        FilingQuery stored = FilingQuery.all().from(query.from()).to(query.to())
                .types(query.types().stream().map(t -> t + MESSAGE).toArray(String[]::new));
        Stream<StoredFiling> filings = store.filings(stored);
        Iterator<FilingFact> facts = new TiesSorted(filings.flatMap(f -> facts(f).stream()).filter(query::matches).iterator());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(facts, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(filings::close);
    }

    private List<FilingFact> facts(StoredFiling filing) {
        CebMessage message;
        try {
            if (!(codec.parseAny(filing.message().signedBytes(), CebMessages::resolve).message() instanceof CebMessage m)) {
                LOG.warn("stored message {} ({}) does not read back as a message; left out", filing.message().id(), filing.message().messageType());
                return List.of();
            }
            message = m;
        } catch (RuntimeException e) {
            LOG.warn("stored message {} ({}) cannot be read back ({}); left out", filing.message().id(), filing.message().messageType(),
                    e.getClass().getSimpleName());
            return List.of();
        }
        List<CustomsReceipt> lines = new ArrayList<>(filing.receipts().size());
        for (StoredReceipt r : filing.receipts()) {
            CustomsReceipt line = line(r);
            if (line != null) {
                lines.add(line);
            }
        }
        return FilingFacts.ofReceiptLines(message, filing.message().createdAt(), lines, keys);
    }

    /** A stored customs or format-check receipt as a receipt line; the exchange's DxpRep answers are not customs' word. */
    private static CustomsReceipt line(StoredReceipt r) {
        String type = r.messageType() == null ? "" : r.messageType();
        type = type.endsWith(MESSAGE) ? type.substring(0, type.length() - MESSAGE.length()) : type;
        boolean formatCheck = "FORMAT_CHECK".equals(r.kind());
        if (!formatCheck && !"CUSTOMS".equals(r.kind())) {
            return null;
        }
        return new CustomsReceipt(formatCheck ? "CEB900" : type, r.guid(), null, null, null, null, null, null,
                ReceiptStatus.of(r.returnStatus() == null ? "" : r.returnStatus()), time(r.returnTime()), r.info());
    }

    private static LocalDateTime time(String text) {
        if (text == null) {
            return null;
        }
        if (ValueType.DATETIME17.accepts(text)) {
            return ValueType.DATETIME17.parse(text);
        }
        return ValueType.DATETIME14.accepts(text) ? ValueType.DATETIME14.parse(text) : null;
    }

    /** Sorts each run of facts with one submission time by guid; holds one run at a time. */
    private static final class TiesSorted implements Iterator<FilingFact> {
        private final Iterator<FilingFact> in;
        private final List<FilingFact> run = new ArrayList<>();
        private FilingFact pending;
        private int next;

        TiesSorted(Iterator<FilingFact> in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next < run.size()) {
                return true;
            }
            run.clear();
            next = 0;
            if (pending == null && in.hasNext()) {
                pending = in.next();
            }
            if (pending == null) {
                return false;
            }
            Instant at = pending.submittedAt();
            run.add(pending);
            pending = null;
            while (in.hasNext()) {
                FilingFact f = in.next();
                if (!f.submittedAt().equals(at)) {
                    pending = f;
                    break;
                }
                run.add(f);
            }
            run.sort(ORDER);
            return true;
        }

        @Override
        public FilingFact next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return run.get(next++);
        }
    }
}
