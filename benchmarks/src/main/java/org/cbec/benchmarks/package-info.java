/**
 * JMH benchmarks of the SDK's hot paths: signing, verification, reading, envelopes, the durable outbox and the whole
 * pipeline. Build {@code benchmarks/target/benchmarks.jar} and run it directly
 * ({@code java -jar benchmarks/target/benchmarks.jar -h}), or run {@code benchmarks/run.sh [--quick]} for every figure
 * and ratio of issue 11 (see {@code benchmarks/README.md}).
 */
package org.cbec.benchmarks;
