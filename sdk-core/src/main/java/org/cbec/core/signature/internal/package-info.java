/**
 * Not API: canonicalization, the built-in signers, SM2 and key handling. May change without notice.
 */
package org.cbec.core.signature.internal;
