package org.cbec.core.model;

/** The namespace URIs of customs messages. */
public final class Namespaces {
    /** Business messages, prefix {@code ceb}. */
    public static final String CEB = "http://www.chinaport.gov.cn/ceb";
    /** Exchange-platform envelopes, prefix {@code dxp}. */
    public static final String DXP = "http://www.chinaport.gov.cn/dxp";
    /** W3C XML Signature, prefix {@code ds}. */
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    /** XML Schema instance, prefix {@code xsi}, declared on every root the SDK writes. */
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Namespaces() {
    }
}
