/**
 * Service provider interfaces of sdk-fx: {@link org.cbec.fx.spi.RateSource}, with static factories for the
 * built-in implementations (in memory, CSV).
 */
package org.cbec.fx.spi;
