/**
 * Runnable programs, each filing against the embedded mock Single Window and each run by a test: {@code Demo},
 * {@code Import9610EndToEnd}, {@code Answer179}, {@code TaxEstimate}, ... Run one with {@code ./mvnw -B -q -Pdemo
 * -DskipTests package -pl examples -am -Dexample=org.cbec.examples.<Name>}.
 */
package org.cbec.examples;
