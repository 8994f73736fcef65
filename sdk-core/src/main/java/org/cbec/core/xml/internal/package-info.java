/**
 * Not API: the wire reader and the canonical writers over the descriptors. May change without notice.
 */
package org.cbec.core.xml.internal;
