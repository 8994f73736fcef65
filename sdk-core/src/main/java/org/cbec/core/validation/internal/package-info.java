/**
 * Not API: the validation engine over the descriptors. May change without notice.
 */
package org.cbec.core.validation.internal;
