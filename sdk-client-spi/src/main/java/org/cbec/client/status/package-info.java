/**
 * Where a filing stands: {@link org.cbec.client.status.Status}, ranked so that it only moves forward. Shared by the
 * client, which reports it, and the store SPI, which persists it.
 *
 * <pre>{@code
 * Status s = client.submit(order).await(Status.RELEASED, Duration.ofMinutes(30));
 * }</pre>
 */
package org.cbec.client.status;
