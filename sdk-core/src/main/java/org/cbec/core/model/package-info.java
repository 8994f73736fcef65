/**
 * The descriptor model that generated messages are made of: {@link org.cbec.core.model.MessageSpec}, {@link
 * org.cbec.core.model.NodeSpec} and {@link org.cbec.core.model.FieldDef} describe each message once; {@link
 * org.cbec.core.model.WireNode} is its wire text, which the validator checks and the writer writes.
 */
package org.cbec.core.model;
