package org.cbec.core.error;

/**
 * Every error code of the SDK, in one place: what it means, whether trying again can help, and what to do. A
 * {@link CebException} carries one; its {@link #code() code} is the stable string to switch on, log and alert on (it never
 * changes between releases; new codes may be added). The README's "Errors" section lists this catalogue.
 *
 * <pre>{@code
 * try {
 *     client.submit(order);
 * } catch (CebException e) {
 *     if (e.retryable()) retryLater(); else log.error("{}: {} ({})", e.code(), e.getMessage(), e.errorCode().whatToDo());
 * }
 * }</pre>
 *
 * <p>Findings of validation are not errors of this catalogue: each {@code Violation} names its
 * {@code org.cbec.core.validation.Rule} ({@code CEB-V016}, ...), and a message with errors is refused as a whole with
 * {@link #VALIDATION_FAILED}.
 */
public enum ErrorCode {

    // ---- reading XML (sdk-core)
    /** Not well-formed XML. */
    XML_MALFORMED(false, "The bytes are not well-formed XML (the message gives the line).",
            "Fix the producer of the document; do not resend the same bytes."),
    /** A DOCTYPE, refused. */
    XML_DOCTYPE(false, "The document declares a DOCTYPE; CEB messages never do, and the SDK never processes DTDs or entities.",
            "Remove the DOCTYPE; if the document came from outside, treat it as hostile."),
    /** Over the size limit. */
    XML_TOO_LARGE(false, "The document is larger than XmlLimits allows (10 MB by default); reading stopped at the limit.",
            "Split the message, or raise XmlLimits.maxBytes if the size is legitimate."),
    /** Over the depth limit. */
    XML_TOO_DEEP(false, "Elements are nested deeper than XmlLimits allows.",
            "Check the producer; CEB messages are shallow. Raise XmlLimits.maxDepth only for a known legitimate document."),
    /** Over the attribute limit. */
    XML_TOO_MANY_ATTRIBUTES(false, "An element has more attributes than XmlLimits allows.",
            "Check the producer; raise XmlLimits.maxAttributes only for a known legitimate document."),
    /** Another root than the one asked for. */
    XML_UNEXPECTED_ROOT(false, "The root element is not the one of the message type that was asked for.",
            "Read it with the SPEC of its type, or with CebCodec.parseAny and CebMessages::resolve."),
    /** Bytes not valid in the document's encoding. */
    XML_ENCODING(false, "Bytes are not valid in the declared (or detected) encoding; nothing was read as U+FFFD (the message gives byte offset and line).",
            "Fix the producer: write the document in the encoding its declaration names (CEB messages are UTF-8)."),
    /** A root that names no modelled message type. */
    UNSUPPORTED_MESSAGE(false, "The root element names no message type the SDK models.",
            "Check the file is a CEB 202205 message; the CLI reports such files as unsupported."),

    // ---- validation and envelopes (sdk-core)
    /** The message breaks rules; nothing was written, signed or stored. */
    VALIDATION_FAILED(false, "The message breaks rules of the specification; nothing was written, signed or stored.",
            "Read ValidationException.report(): every violation names the field path, the 字段名 and the rule; fix and submit again."),
    /** An envelope field with a wrong value. */
    DXP_INVALID_FIELD(false, "A DxpMsg/DxpMsgSv/DxpRep field holds a value its schema does not allow (the message names the path).",
            "Fix the TransInfo you built, or the producer of the envelope."),
    /** An envelope element missing or out of order. */
    DXP_MISSING_ELEMENT(false, "A required envelope element or attribute is absent or not where the schema's sequence puts it.",
            "Fix the producer of the envelope."),
    /** Envelope content the schema does not allow. */
    DXP_UNEXPECTED_CONTENT(false, "An element, attribute or text the envelope schema does not allow at that place.",
            "Fix the producer of the envelope."),

    // ---- signatures (sdk-core)
    /** Signature bytes of the wrong form. */
    SIGN_BAD_SIGNATURE(false, "Signature bytes have neither the form of an SM2 (64-byte r||s or DER) nor of an RSA signature.",
            "Check the signer (USB key, signing server) returns the signature of the data it was given."),
    /** Canonicalization failed. */
    SIGN_C14N(false, "The document could not be canonicalized for signing or verifying.",
            "Check the document is a well-formed CEB message; the cause says what the canonicalizer refused."),
    /** A certificate that cannot be read or used. */
    SIGN_CERTIFICATE(false, "A certificate is unreadable, expired, or not one of the certificates trusted for verification.",
            "Check the certificate file (PEM or DER X.509) and its validity; for verification, trust the signer's issuing CA."),
    /** Trust material that cannot be read. */
    TRUST_UNREADABLE(false, "A trust anchor, pinned certificate or trust store cannot be read (the message names the file).",
            "Check the file is a PEM/DER X.509 certificate, a directory of them, or a PKCS#12/JKS store with the right password."),
    /** The signing operation failed. */
    SIGN_FAILED(false, "The cryptographic signing operation failed.", "Check the key and the JCA provider; the cause has the detail."),
    /** Key and certificate do not belong together. */
    SIGN_KEY_MISMATCH(false, "The private key does not belong to the certificate given with it.",
            "Pass the certificate issued for this key (compare the serial numbers in the message)."),
    /** A key file that cannot be read. */
    SIGN_KEY_UNREADABLE(false, "The key file cannot be read: wrong password, wrong format, or no key or certificate in it.",
            "Check the file is a PKCS#12 or an unencrypted PKCS#8 PEM, and the password (from an environment variable or char[])."),
    /** Neither SM2 nor RSA. */
    SIGN_KEY_UNSUPPORTED(false, "The key is neither SM2 (sm2p256v1) nor RSA.", "Use the SM2 or RSA key issued for customs filing."),
    /** The ds prefix bound elsewhere. */
    SIGN_NAMESPACE(false, "The message binds the prefix ds to another namespace than XML-DSig.", "Fix the producer of the message."),
    /** The message type has no signature. */
    SIGN_NO_SLOT(false, "Messages of this type have no ds:Signature in their schema and are never signed.",
            "Submit it unsigned (receipts, for example, are never signed)."),
    /** The signing server answered with an error. */
    SIGN_SERVER_ERROR(false, "The signing server answered with an error, something that is not JSON, or a signature of another key.",
            "Read the server's code and message in the exception; check the key id and the server's configuration."),
    /** The signing server cannot be reached. */
    SIGN_SERVER_UNAVAILABLE(true, "The signing server cannot be reached (connection refused, timeout, TLS failure).",
            "Retry later; check the URL, the network and the server's TLS certificate if it persists."),
    /** Root attributes the signer does not handle. */
    SIGN_UNSUPPORTED_ROOT(false, "The message root carries xml:* attributes, which CEB messages never use.", "Fix the producer of the message."),
    /** USB key: data that is not text. */
    SIGN_USBKEY_DATA(false, "The E-Port client signs text, and the data to sign is not UTF-8.", "Sign the canonical XML the SDK produces."),
    /** USB key: the connection dropped twice. */
    SIGN_USBKEY_DISCONNECTED(true, "The connection to the E-Port client dropped during a request, twice.",
            "Retry; the next request re-opens the connection. Check the E-Port client if it persists."),
    /** USB key: no PIN. */
    SIGN_USBKEY_PASSWORD(false, "The environment variable holding the USB key PIN is not set.", "Set it (never pass a PIN on a command line)."),
    /** USB key: the card refused. */
    SIGN_USBKEY_REFUSED(false, "The USB key refused the request (wrong PIN, card-reader error such as 50070, no data in the answer).",
            "Check the PIN and the card; restart the E-Port client. Retrying with a wrong PIN may lock the card."),
    /** USB key: no answer in time. */
    SIGN_USBKEY_TIMEOUT(true, "The USB key did not answer in time (card busy or removed).", "Retry; check the card is inserted."),
    /** USB key: the E-Port client cannot be reached. */
    SIGN_USBKEY_UNAVAILABLE(true, "The E-Port client's WebSocket cannot be reached (not running, or not listening).",
            "Start the China E-Port client and its signing service; check UsbKeyConfig.url."),

    // ---- the client and its SPIs (sdk-client, stores, transports)
    /** An inbound envelope without a root element. */
    RECEIPT_EMPTY(false, "An inbound envelope has no root element.",
            "Nothing to do: the client archives it unprocessed and logs it; look at the archived file."),
    /** An inbound envelope that is not XML. */
    RECEIPT_MALFORMED(false, "An inbound envelope or the receipt in it is not well-formed XML.",
            "Nothing to do: the client archives it unprocessed and logs it; report it to the exchange platform."),
    /** The store failed. */
    STORE_FAILED(true, "The message store could not read or write durably; the operation did not take effect, or its effect is unknown.",
            "Retry: the message guid makes a repeated enqueue safe. Check the database (disk, connections) if it persists."),
    /** The store's file is held by another process. */
    STORE_LOCKED(true, "The store's database file is in use by another process (an H2 file is opened by one process at a time).",
            "Stop the other process, or give this one its own store (--store); one receipt queue (DXP id) belongs to one store."),
    /** The disk is full. */
    STORE_NO_SPACE(true, "The disk holding the store is full; nothing was written.", "Free space on that disk, then retry."),
    /** The database schema cannot be brought to the version this SDK needs. */
    SCHEMA_MIGRATION(false, "A database schema (the store's or the tax quota ledger's) cannot be brought to the version this SDK needs: it is newer than this SDK, a migration it recorded differs from this SDK's (checksum), or a migration failed.",
            "Run the SDK version that migrated the database, or restore it; the message names the schema, the version and the cause. Never edit cbec_schema_history by hand."),
    /** A send or poll failed in a way that may pass. */
    TRANSPORT_UNAVAILABLE(true, "A send or receipt poll failed in a way that may pass: I/O error, timeout, HTTP 5xx/408/429, DxpRep system code 3001-3999.",
            "Nothing: the client retries with the same bytes and guid. Alone, retry later; check the gateway if it persists."),
    /** The exchange platform refused. */
    TRANSPORT_REJECTED(false, "The gateway refused the envelope: HTTP 4xx, DxpRep format (0001-0999), security (1001-1999) or business (2001-2999) code.",
            "Do not resend the same bytes: read the DxpRep (TransportException.report()), fix the message or the configuration, submit anew."),

    /** A guid already stored with other content. */
    GUID_CONFLICT(false, "The guid is already stored with other content or another destination: a guid is an idempotency key, so nothing was stored or sent (the message names the stored status).",
            "Give the changed message a new guid; resubmitting the identical message returns the existing submission."),
    /** An interceptor refused the message. */
    SUBMIT_VETOED(false, "A MessageInterceptor (e.g. the risk pre-check) refused to file the message; nothing was signed or stored.",
            "Read the reason (for the risk pre-check, the RISK-xx rules that fired); fix the message or the interceptor's configuration."),

    // ---- customs rules beyond validation (sdk-customs)
    /** A goods list file that cannot be read. */
    GOODS_LIST_CSV(false, "A line of the goods list (正面清单) CSV is malformed (the message names the file and the line).",
            "Fix that line of the file: hsCode,name,note with a 4- to 10-digit HS code first."),
    /** A lifecycle message refused before sending. */
    LIFECYCLE_RULE(false, "A cancellation, return, change or deletion breaks the lifecycle rules (release state, quantities, windows); nothing was sent.",
            "Read LifecycleException.findings(): each names the rule (CEB-L0xx), the field and the spec's field name."),

    // ---- the cbec command's outcomes (sdk-cli)
    /** A file the CLI could not check for lack of memory. */
    OUT_OF_MEMORY(false, "The JVM ran out of memory checking this file; it was not judged (never reported as breaking a rule).",
            "Give the JVM more heap (JAVA_OPTS=-Xmx...), or check the file alone."),
    /** A defect met while checking one file. */
    INTERNAL_ERROR(false, "The SDK met a defect while checking this file; the other files were still checked.",
            "Report it with the file (masked) and the message; nothing was sent."),

    // ---- tax and FX
    /** A tax bill that cannot be read. */
    TAX_BILL_UNREADABLE(false, "A CEB816/CEB818 tax bill lacks what a comparison needs.", "Check the bill is the one customs sent for this inventory."),
    /** The quota ledger's database failed. */
    TAX_LEDGER_SQL(true, "The annual quota ledger's database failed (the message gives SQLState and vendor code).",
            "Retry; check the database if it persists. A booking is atomic: a failed one counted nothing."),
    /** A malformed rate table. */
    TAX_RATE_CSV(false, "A line of the tax rate CSV is malformed or repeats a key (the message names the line).", "Fix that line of the file."),
    /** No rates for a line. */
    TAX_RATE_UNKNOWN(false, "The rate table has no rates for a goods line's category or commodity code.",
            "Add the category or HS code to the rate table, or set the line's rates explicitly."),
    /** No exchange rate. */
    FX_RATE_MISSING(false, "The rate source has no rate of that type for that currency and date.",
            "Load the rate (customs monthly or daily central parity) into the RateSource; the message names type, currency and date.");

    private final boolean retryable;
    private final String meaning;
    private final String whatToDo;

    ErrorCode(boolean retryable, String meaning, String whatToDo) {
        this.retryable = retryable;
        this.meaning = meaning;
        this.whatToDo = whatToDo;
    }

    /** The stable code, as {@link CebException#code()} gives it: the constant's name, e.g. {@code XML_DOCTYPE}. */
    public String code() {
        return name();
    }

    /** Whether the same operation may succeed when tried again later, unchanged. */
    public boolean retryable() {
        return retryable;
    }

    /** What the error means. */
    public String meaning() {
        return meaning;
    }

    /** What to do about it. */
    public String whatToDo() {
        return whatToDo;
    }
}
