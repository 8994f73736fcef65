/**
 * Optional Micrometer metrics for the client ({@link org.cbec.client.metrics.MicrometerMetrics}); needs {@code
 * io.micrometer:micrometer-core} on the class path, the client runs without it.
 */
package org.cbec.client.metrics;
