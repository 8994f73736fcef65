package org.cbec.core.signature.internal;

import static org.cbec.core.signature.SignatureProfile.Uris.DSIG_NS;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbec.core.xml.CebXmlException;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.cbec.core.xml.internal.CanonicalXmlOutput;

/**
 * The enveloped signature of a message read in one pass of the hardened StAX reader ({@link SecureXml#streamReader}),
 * without a DOM: while reading, the document is written in inclusive canonical form (C14N 1.0, no comments) with the
 * signature left out, which is the input of the enveloped reference's digest, and {@code SignedInfo} is written in
 * canonical form in the context of the document (the namespace declarations in scope at it, as C14N of a document
 * subset renders them); the texts and algorithm URIs the verdict needs are kept.
 *
 * <p>Only the form every signer in practice writes is read here: one {@code ds:Signature}, a child of the root,
 * followed by nothing but {@code ExtendMessage}; in it {@code SignedInfo}, {@code SignatureValue} and an optional
 * {@code KeyInfo} (with {@code KeyName} and {@code X509Data/X509Certificate}), each once; {@code SignedInfo} holding
 * {@code CanonicalizationMethod}, {@code SignatureMethod} and one {@code Reference} with {@code Transforms},
 * {@code DigestMethod} and {@code DigestValue}; no processing instruction and no {@code xml:*} attribute on the root or
 * the signature (C14N would carry those onto {@code SignedInfo}). Namespace prefixes, declarations anywhere, comments,
 * CDATA, line breaks and other whitespace are free. For anything else, and for input the reader refuses,
 * {@link #read} answers {@code null}: the caller then verifies through the DOM, which gives the verdict and its reasons
 * for every other form.
 *
 * <p>The limits of {@link XmlLimits} are enforced while reading, as by every reader the SDK creates.
 */
public final class StreamedSignature {

    private static final String CEB_NS = Dom.CEB_NS;

    private final CanonicalXmlOutput document;
    private final CanonicalXmlOutput signedInfo = new CanonicalXmlOutput(1024);
    private String canonicalizationMethod;
    private String signatureMethod;
    private String digestMethod;
    private String referenceUri;
    private final List<String> transforms = new ArrayList<>(2);
    private StringBuilder digestValue;
    private StringBuilder signatureValue;
    private StringBuilder keyName;
    private final List<StringBuilder> certificates = new ArrayList<>(1);
    private final List<StringBuilder> appTimes = new ArrayList<>(1);

    // reading state
    private int depth;
    /** The namespace declarations in scope, innermost last; {@code frames[d]} is where depth {@code d}'s begin. */
    private String[] prefixes = new String[16];
    private String[] uris = new String[16];
    private int declared;
    private int[] frames = new int[16];
    private boolean signatureSeen;
    private boolean inSignature;
    private boolean inSignedInfo;
    private boolean inKeyInfo;
    private boolean keyInfoSeen;
    private boolean x509DataSeen;
    /** The local name of the open element of the signature at each level (1: a child of ds:Signature). */
    private final String[] open = new String[5];
    /** Where the text of the element being read goes (a Base64 value, KeyName, appTime), or null. */
    private StringBuilder capture;
    private int captureDepth;

    private StreamedSignature(int size) {
        this.document = new CanonicalXmlOutput(size + 256);
    }

    /** Not a form read here: the caller verifies through the DOM. */
    private static final class Unhandled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unhandled INSTANCE = new Unhandled();

        private Unhandled() {
            super("not read by the streaming path", null, false, false);
        }
    }

    /**
     * Reads the signature of {@code message} in one pass.
     *
     * @return the canonical document and signature parts, or {@code null} when the message is not in the form read
     *         here, or the reader refuses it (not well-formed, a limit, a DTD): the DOM path then decides and reports
     */
    public static StreamedSignature read(byte[] message, XmlLimits limits) {
        StreamedSignature s = new StreamedSignature(message.length);
        try {
            XMLStreamReader r = SecureXml.streamReader(message, limits);
            try {
                s.readAll(r);
            } finally {
                r.close();
            }
        } catch (Unhandled | CebXmlException | XMLStreamException e) {
            return null;
        }
        return s.complete() ? s : null;
    }

    private void readAll(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> start(r);
                case XMLStreamConstants.END_ELEMENT -> end(r);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(r);
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw Unhandled.INSTANCE;
                default -> {
                    // comments are left out (C14N without comments, and a node's text excludes them); the rest is
                    // the document's start and end
                }
            }
        }
        if (depth != 0 || !signatureSeen) {
            throw Unhandled.INSTANCE;
        }
    }

    private void start(XMLStreamReader r) {
        depth++;
        pushDeclarations(r);
        if (capture != null) {
            throw Unhandled.INSTANCE;     // an element inside a value: the DOM path reads its text content
        }
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        if (DSIG_NS.equals(ns) && "Signature".equals(local)) {
            if (depth != 2 || signatureSeen || hasXmlAttribute(r)) {
                throw Unhandled.INSTANCE;
            }
            signatureSeen = true;
            inSignature = true;
            return;
        }
        if (!inSignature) {
            documentElement(r, ns, local);
        } else {
            signatureElement(r, ns, local);
        }
    }

    private void documentElement(XMLStreamReader r, String ns, String local) {
        if (depth == 1 && hasXmlAttribute(r)) {
            throw Unhandled.INSTANCE;
        }
        if (depth == 2 && signatureSeen && !(CEB_NS.equals(ns) && "ExtendMessage".equals(local))) {
            throw Unhandled.INSTANCE;     // the DOM path reports a signature before business nodes
        }
        startTag(document, r, false);
        if (CEB_NS.equals(ns) && "appTime".equals(local)) {
            appTimes.add(capture(new StringBuilder(14)));
        }
    }

    private void signatureElement(XMLStreamReader r, String ns, String local) {
        int level = depth - 2;              // 1: a child of ds:Signature
        if (!DSIG_NS.equals(ns) || level >= open.length) {
            throw Unhandled.INSTANCE;
        }
        open[level] = local;
        if (level == 1) {
            switch (local) {
                case "SignedInfo" -> {
                    once(signedInfo.size() == 0);
                    inSignedInfo = true;
                    startTag(signedInfo, r, true);
                }
                case "SignatureValue" -> signatureValue = capture(once(signatureValue));
                case "KeyInfo" -> {
                    once(!keyInfoSeen);
                    keyInfoSeen = true;
                    inKeyInfo = true;
                }
                default -> throw Unhandled.INSTANCE;
            }
        } else if (inSignedInfo) {
            startTag(signedInfo, r, false);
            signedInfoPart(r, local, level);
        } else if (inKeyInfo) {
            keyInfoPart(local, level);
        } else {
            throw Unhandled.INSTANCE;
        }
    }

    private void signedInfoPart(XMLStreamReader r, String local, int level) {
        if (level == 2) {
            switch (local) {
                case "CanonicalizationMethod" -> canonicalizationMethod = once(canonicalizationMethod, algorithm(r));
                case "SignatureMethod" -> signatureMethod = once(signatureMethod, algorithm(r));
                case "Reference" -> {
                    String uri = attribute(r, "URI");
                    once(referenceUri == null && uri != null);
                    referenceUri = uri;
                }
                default -> throw Unhandled.INSTANCE;
            }
        } else if (level == 3 && "Reference".equals(open[2])) {
            switch (local) {
                case "Transforms" -> once(transforms.isEmpty());
                case "DigestMethod" -> digestMethod = once(digestMethod, algorithm(r));
                case "DigestValue" -> digestValue = capture(once(digestValue));
                default -> throw Unhandled.INSTANCE;
            }
        } else if (level == 4 && "Transforms".equals(open[3]) && "Transform".equals(local)) {
            transforms.add(algorithm(r));
        } else {
            throw Unhandled.INSTANCE;
        }
    }

    private void keyInfoPart(String local, int level) {
        if (level == 2 && "KeyName".equals(local)) {
            keyName = capture(once(keyName));
        } else if (level == 2 && "X509Data".equals(local)) {
            once(!x509DataSeen);
            x509DataSeen = true;
        } else if (level == 3 && "X509Data".equals(open[2]) && "X509Certificate".equals(local)) {
            certificates.add(capture(new StringBuilder(1024)));
        } else {
            throw Unhandled.INSTANCE;
        }
    }

    private void end(XMLStreamReader r) {
        if (capture != null && depth == captureDepth) {
            capture = null;
        }
        if (!inSignature) {
            endTag(document, r);
        } else if (depth == 2) {
            inSignature = false;
        } else if (inSignedInfo) {
            endTag(signedInfo, r);
            inSignedInfo = depth != 3;
        } else if (inKeyInfo && depth == 3) {
            inKeyInfo = false;
        }
        if (inSignature && depth - 2 < open.length) {
            open[depth - 2] = null;
        }
        declared = frames[depth];
        depth--;
    }

    private void text(XMLStreamReader r) {
        if (depth == 0) {
            return;                       // white space outside the root is not part of the canonical form
        }
        char[] chars = r.getTextCharacters();
        int start = r.getTextStart();
        int length = r.getTextLength();
        if (capture != null) {
            capture.append(chars, start, length);
        }
        if (!inSignature) {
            document.text(chars, start, length);
        } else if (inSignedInfo) {
            signedInfo.text(chars, start, length);
        }
    }

    private StringBuilder capture(StringBuilder into) {
        capture = into;
        captureDepth = depth;
        return into;
    }

    /** Records this element's namespace declarations as the innermost scope. */
    private void pushDeclarations(XMLStreamReader r) {
        if (depth == frames.length) {
            frames = java.util.Arrays.copyOf(frames, depth * 2);
        }
        frames[depth] = declared;
        int n = r.getNamespaceCount();
        for (int i = 0; i < n; i++) {
            String prefix = nonNull(r.getNamespacePrefix(i));
            if (XMLConstants.XML_NS_PREFIX.equals(prefix) || XMLConstants.XMLNS_ATTRIBUTE.equals(prefix)) {
                throw Unhandled.INSTANCE;
            }
            if (declared == prefixes.length) {
                prefixes = java.util.Arrays.copyOf(prefixes, declared * 2);
                uris = java.util.Arrays.copyOf(uris, declared * 2);
            }
            prefixes[declared] = prefix;
            uris[declared] = nonNull(r.getNamespaceURI(i));
            declared++;
        }
    }

    /** The URI {@code prefix} is bound to in the scopes below index {@code below}; {@code null} when unbound. */
    private String binding(String prefix, int below) {
        for (int i = below - 1; i >= 0; i--) {
            if (prefixes[i].equals(prefix)) {
                return uris[i];
            }
        }
        return null;
    }

    /**
     * Writes the start tag of the current element in canonical form: the namespace declarations (default first, then
     * by prefix) that differ from the parent's scope or, at the apex of a subset ({@code apex}), every one in scope;
     * then the attributes by namespace URI and local name.
     */
    private void startTag(CanonicalXmlOutput out, XMLStreamReader r, boolean apex) {
        name(out.raw("<"), r.getPrefix(), r.getLocalName());
        String[] render = apex ? inScope() : changed();
        for (int i = 0; i < render.length; i += 2) {
            out.raw(render[i].isEmpty() ? " xmlns=\"" : " xmlns:" + render[i] + "=\"").attributeValue(render[i + 1]).raw("\"");
        }
        int n = r.getAttributeCount();
        if (n > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            if (n > 1) {
                java.util.Arrays.sort(order, (a, b) -> {
                    int c = nonNull(r.getAttributeNamespace(a)).compareTo(nonNull(r.getAttributeNamespace(b)));
                    return c != 0 ? c : r.getAttributeLocalName(a).compareTo(r.getAttributeLocalName(b));
                });
            }
            for (int i : order) {
                name(out.raw(" "), r.getAttributePrefix(i), r.getAttributeLocalName(i)).raw("=\"")
                        .attributeValue(r.getAttributeValue(i)).raw("\"");
            }
        }
        out.raw(">");
    }

    private static void endTag(CanonicalXmlOutput out, XMLStreamReader r) {
        name(out.raw("</"), r.getPrefix(), r.getLocalName()).raw(">");
    }

    /** This element's declarations that change its parent's scope, as prefix, URI pairs sorted by prefix. */
    private String[] changed() {
        int from = frames[depth];
        if (from == declared) {
            return NONE;
        }
        List<String> out = new ArrayList<>(4);
        for (int i = from; i < declared; i++) {
            String parent = binding(prefixes[i], from);
            if (!uris[i].equals(parent == null && prefixes[i].isEmpty() ? "" : parent)) {
                out.add(prefixes[i]);
                out.add(uris[i]);
            }
        }
        return sortedPairs(out);
    }

    /** Every namespace in scope but an empty default, as prefix, URI pairs sorted by prefix. */
    private String[] inScope() {
        List<String> out = new ArrayList<>(8);
        List<String> seen = new ArrayList<>(8);
        for (int i = declared - 1; i >= 0; i--) {
            if (seen.contains(prefixes[i])) {
                continue;                 // shadowed by an inner declaration
            }
            seen.add(prefixes[i]);
            if (!(prefixes[i].isEmpty() && uris[i].isEmpty())) {
                out.add(prefixes[i]);
                out.add(uris[i]);
            }
        }
        return sortedPairs(out);
    }

    private static final String[] NONE = {};

    private static String[] sortedPairs(List<String> pairs) {
        int n = pairs.size() / 2;
        String[][] entries = new String[n][];
        for (int i = 0; i < n; i++) {
            entries[i] = new String[] {pairs.get(2 * i), pairs.get(2 * i + 1)};
        }
        java.util.Arrays.sort(entries, (a, b) -> a[0].compareTo(b[0]));
        String[] out = new String[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = entries[i][0];
            out[2 * i + 1] = entries[i][1];
        }
        return out;
    }

    private static boolean hasXmlAttribute(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (XMLConstants.XML_NS_URI.equals(r.getAttributeNamespace(i))) {
                return true;
            }
        }
        return false;
    }

    /** The value of the attribute without a namespace named {@code name}, or null. */
    private static String attribute(XMLStreamReader r, String name) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (name.equals(r.getAttributeLocalName(i)) && nonNull(r.getAttributeNamespace(i)).isEmpty()) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The {@code Algorithm} attribute, {@code ""} when absent (as the DOM's {@code getAttribute} answers). */
    private static String algorithm(XMLStreamReader r) {
        String a = attribute(r, "Algorithm");
        return a == null ? "" : a;
    }

    /** Writes the qualified name {@code prefix:local}, or {@code local} without a prefix. */
    private static CanonicalXmlOutput name(CanonicalXmlOutput out, String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? out.raw(local) : out.raw(prefix).raw(":").raw(local);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static void once(boolean first) {
        if (!first) {
            throw Unhandled.INSTANCE;
        }
    }

    private static StringBuilder once(StringBuilder existing) {
        once(existing == null);
        return new StringBuilder(128);
    }

    private static String once(String existing, String value) {
        once(existing == null);
        return value;
    }

    /** The {@code CanonicalizationMethod} URI ({@code ""} when it has no Algorithm). */
    public String canonicalizationMethod() {
        return canonicalizationMethod == null ? "" : canonicalizationMethod;
    }

    /** The {@code SignatureMethod} URI. */
    public String signatureMethod() {
        return signatureMethod == null ? "" : signatureMethod;
    }

    /** The {@code DigestMethod} URI. */
    public String digestMethod() {
        return digestMethod == null ? "" : digestMethod;
    }

    /** The {@code Reference}'s {@code URI}, or null when it has none. */
    public String referenceUri() {
        return referenceUri;
    }

    /** The {@code Algorithm} of each {@code Transform}, in order. */
    public List<String> transforms() {
        return transforms;
    }

    /** The text of {@code DigestValue}. */
    public String digestValue() {
        return digestValue.toString();
    }

    /** The text of {@code SignatureValue}. */
    public String signatureValue() {
        return signatureValue.toString();
    }

    /** The text of {@code KeyInfo/KeyName}, or null. */
    public String keyName() {
        return keyName == null ? null : keyName.toString();
    }

    /** The texts of {@code KeyInfo/X509Data/X509Certificate}, in order. */
    public List<String> certificates() {
        return certificates.stream().map(StringBuilder::toString).toList();
    }

    /** The texts of the message's {@code ceb:appTime} elements, in document order. */
    public List<String> appTimes() {
        return appTimes.stream().map(StringBuilder::toString).toList();
    }

    /** The canonical {@code SignedInfo} (no comments), with the namespace declarations in scope at it. */
    public byte[] canonicalSignedInfo() {
        return signedInfo.toByteArray();
    }

    /** The digest with {@code algorithm} ({@code SM3} or {@code SHA-1}) of the canonical document without the signature. */
    public byte[] documentDigest(String algorithm) {
        return Canonical.digest(algorithm, document.array(), 0, document.size());
    }

    /** Whether every part the verdict reads was there (the DOM path names what is missing). */
    private boolean complete() {
        return signedInfo.size() > 0 && canonicalizationMethod != null && signatureMethod != null && referenceUri != null
                && digestMethod != null && digestValue != null && signatureValue != null;
    }
}
