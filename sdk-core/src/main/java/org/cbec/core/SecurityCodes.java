package org.cbec.core;

/**
 * Error codes added for certificate trust, bounded input and trustworthy output (issue 16), in one place until they
 * join the SDK's error-code catalogue. Each is the {@link CebException#code()} of the exception named.
 *
 * <pre>{@code
 * catch (CebException e) { if (SecurityCodes.XML_ENCODING.equals(e.code())) { ... } }
 * }</pre>
 */
public final class SecurityCodes {

    /** {@link org.cbec.core.xml.CebXmlException}: bytes that are not valid in the declared (or detected) encoding. */
    public static final String XML_ENCODING = "XML_ENCODING";
    /** {@link CebException}: a trust anchor, pinned certificate or trust store cannot be read. */
    public static final String TRUST_UNREADABLE = "TRUST_UNREADABLE";
    /** The CLI's outcome of a file that could not be checked for lack of memory (never "breaks a rule"). */
    public static final String OUT_OF_MEMORY = "OUT_OF_MEMORY";
    /** The CLI's outcome of a file whose check met a defect; the other files are still checked. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** {@code StoreException}: the store's file is in use by another process. */
    public static final String STORE_LOCKED = "STORE_LOCKED";
    /** {@code StoreException}: the disk holding the store is full. */
    public static final String STORE_NO_SPACE = "STORE_NO_SPACE";

    private SecurityCodes() {
    }
}
