package org.cbec.core.signature;

/**
 * Where {@link XmlSigner} puts {@code ds:Signature} among the children of the message root. The import schema
 * (ceb-import-202205.xsd) orders {@code ... ExtendMessage, Signature}; the export schema
 * (ceb-export-202205.xsd) orders {@code ... Signature, ExtendMessage}.
 *
 * <pre>{@code
 * XmlSigner exportSigner = XmlSigner.custom(signer).placement(SignaturePlacement.BEFORE_EXTEND_MESSAGE).build();
 * }</pre>
 */
public enum SignaturePlacement {
    /** Last child of the root (import messages; the default). */
    LAST_CHILD,
    /** Immediately before {@code ceb:ExtendMessage} when the root has one, else last child (export messages). */
    BEFORE_EXTEND_MESSAGE
}
