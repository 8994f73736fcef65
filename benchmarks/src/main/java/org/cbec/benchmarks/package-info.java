/**
 * JMH benchmarks of the SDK's signing and verification hot paths. Build {@code benchmarks/target/benchmarks.jar}
 * and run it directly ({@code java -jar benchmarks/target/benchmarks.jar -h}), or run
 * {@code benchmarks/compare-openssl.sh [--quick]} to compare SM2 message throughput with {@code openssl speed sm2}.
 */
package org.cbec.benchmarks;
