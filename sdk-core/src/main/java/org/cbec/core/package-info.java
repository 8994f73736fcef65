/**
 * The codec: {@link org.cbec.core.CebCodec} writes, reads and validates the messages that sdk-customs models, with a
 * {@link org.cbec.core.ReadPolicy} for strict or lenient reading that reports each {@link org.cbec.core.Deviation}.
 * The module's packages depend one way (no cycle, see {@code PackageCyclesTest}): {@code error} at the bottom, then
 * {@code validation}, {@code model}, {@code xml}, {@code envelope} and {@code signature}, and this package on top.
 */
package org.cbec.core;
