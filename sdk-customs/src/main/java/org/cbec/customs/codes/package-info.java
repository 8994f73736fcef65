/**
 * Code lists of the specification as enums carrying the code, the Chinese and the English name. Each has a
 * {@code LIST} for lookup and validation.
 */
package org.cbec.customs.codes;
