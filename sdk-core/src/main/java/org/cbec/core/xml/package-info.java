/**
 * Hardened XML input: {@link org.cbec.core.xml.SecureXml} parsers without DTDs or external entities, bounded by
 * {@link org.cbec.core.xml.XmlLimits} while reading; violations are {@link org.cbec.core.xml.CebXmlException}.
 */
package org.cbec.core.xml;
