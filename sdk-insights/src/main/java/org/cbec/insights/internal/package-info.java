/** Aggregators, histograms and writers' helpers of sdk-insights; not API. */
package org.cbec.insights.internal;
