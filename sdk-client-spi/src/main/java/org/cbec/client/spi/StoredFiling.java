package org.cbec.client.spi;

import java.util.List;
import java.util.Objects;

/**
 * A stored message with the receipts recorded for it: one element of {@link MessageStore#filings}, what reports over
 * the store (statistics, scorecards, risk: sdk-insights' store adapter) read.
 *
 * <pre>{@code
 * try (Stream<StoredFiling> all = store.filings(FilingQuery.all())) {
 *     all.forEach(f -> count(f.message().messageType(), f.receipts()));
 * }
 * }</pre>
 *
 * @param message  the stored row, with its signed bytes
 * @param receipts its receipts in the order recorded
 */
public record StoredFiling(StoredMessage message, List<StoredReceipt> receipts) {

    public StoredFiling {
        Objects.requireNonNull(message, "message");
        receipts = List.copyOf(receipts);
    }
}
