package org.cbec.mock.internal;

import org.cbec.customs.lifecycle.LifecycleRules;

/**
 * What the mock remembers across transmissions, as customs would: export inventories (for summaries), import
 * inventories (for cancellations, returns and changes), the tax office, and the rules it applies after a release.
 *
 * @param exports the export inventories
 * @param imports the import inventories
 * @param taxes   the tax bills and the buyers' quota
 * @param rules   return windows, cancellation after release, return place
 */
public record MockState(InventoryBook exports, ImportInventories imports, TaxOffice taxes, LifecycleRules rules) {
}
