package org.cbec.core.model;

/**
 * A typed customs business message (a generated record such as {@code Ceb311Message}).
 *
 * <pre>{@code
 * CebMessage m = ...;
 * byte[] xml = CebCodec.ofDefaults().write(m);
 * }</pre>
 */
public interface CebMessage {

    /** The 36-character message id (root attribute {@code guid}). */
    String guid();

    /** The message's description. */
    MessageSpec<? extends CebMessage> spec();
}
