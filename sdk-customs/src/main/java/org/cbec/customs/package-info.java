/**
 * The CEB 202205 messages: {@link org.cbec.customs.CebMessages} resolves a root element to its generated type and
 * gives the strict and lenient reading policies; the message types are in {@code imports}, {@code exports} and
 * {@code common}.
 */
package org.cbec.customs;
