/**
 * The one error contract: {@link org.cbec.core.error.CebException}, the base of every exception the SDK throws on
 * purpose, and {@link org.cbec.core.error.ErrorCode}, the catalogue of every code with whether retrying helps and
 * what to do.
 */
package org.cbec.core.error;
