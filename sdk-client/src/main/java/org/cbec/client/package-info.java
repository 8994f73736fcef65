/**
 * Filing messages: {@link org.cbec.client.CebClient} (built with {@link org.cbec.client.CebClient.Builder})
 * validates, signs, wraps and stores a message durably before any I/O, sends it with retries and follows its
 * receipts to a final {@link org.cbec.client.status.Status}. {@link org.cbec.client.Stores} and {@link
 * org.cbec.client.Transports} make the stores and transports, built in or found on the class path.
 */
package org.cbec.client;
