/**
 * Envelopes and receipts through an AMQP 0-9-1 broker: {@link org.cbec.transport.amqp.AmqpTransport}, chosen with
 * {@code cbec.transport=amqp} via {@link org.cbec.transport.amqp.AmqpTransportProvider}.
 */
package org.cbec.transport.amqp;
