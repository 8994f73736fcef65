/**
 * JMH benchmarks that prove the SDK's speed claims. Run them with {@code benchmarks/run.sh}.
 */
package org.cbec.benchmarks;
