package org.cbec.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The official CEB 202205 specification in the shared folder next to the repository, which tests read in place
 * (it is never copied into the repository). Fails, never skips, when the folder cannot be found.
 *
 * <pre>{@code
 * OfficialSpec.assertValid(DxpEnvelopes.ofDefaults().write(msg), "dxp-terminal-node-202205.xsd");
 * byte[] sample = Files.readAllBytes(OfficialSpec.sample("import/CEB311Message.xml"));
 * }</pre>
 */
public final class OfficialSpec {

    private static final String SPEC = "spec/ceb-202205";
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OfficialSpec() {
    }

    /**
     * The shared folder: system property {@code cbec.shared.dir} (set by surefire to {@code <repo>/../shared}), else
     * {@code ../../shared} relative to the module directory.
     */
    public static Path dir() {
        String configured = System.getProperty("cbec.shared.dir");
        Path candidate = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared");
        Path dir = candidate.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve(SPEC))) {
            throw new AssertionError("official specification not found: expected " + dir.resolve(SPEC)
                    + " (set -Dcbec.shared.dir to the folder holding spec/ceb-202205)");
        }
        return dir;
    }

    /** The specification folder {@code spec/ceb-202205}. */
    public static Path spec() {
        return dir().resolve(SPEC);
    }

    /** Every official sample of a direction ({@code import} or {@code export}), sorted by name. */
    public static List<Path> samples(String direction) {
        try (Stream<Path> s = Files.list(spec().resolve("samples").resolve(direction))) {
            List<Path> out = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            if (out.isEmpty()) {
                throw new AssertionError("no official samples in " + spec().resolve("samples").resolve(direction));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file of the specification. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An official schema file, e.g. {@code dxp-terminal-node-202205.xsd}. */
    public static Path xsd(String name) {
        return existing(dir().resolve(SPEC).resolve("xsd").resolve(name));
    }

    /** An official sample, e.g. {@code import/CEB311Message.xml}. */
    public static Path sample(String relative) {
        return existing(dir().resolve(SPEC).resolve("samples").resolve(relative));
    }

    /** Fails with the validator's message unless {@code xml} is valid against the official schema {@code xsdName}. */
    public static void assertValid(byte[] xml, String xsdName) {
        String error = schemaError(xml, xsdName);
        if (error != null) {
            throw new AssertionError("not valid against " + xsdName + ": " + error + "\n" + new String(xml, StandardCharsets.UTF_8));
        }
    }

    /**
     * {@code xml} with a structurally complete placeholder {@code ds:Signature} (digest and value not real) appended as
     * the root's last child, for checking the schema validity of an unsigned message of a type whose schema requires
     * the signature (CEB621, CEB623, CEB625, CEB711). Verification, not structure, is what such a signature would fail.
     */
    public static byte[] withPlaceholderSignature(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</");
        return (text.substring(0, end) + PLACEHOLDER_SIGNATURE + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static final String PLACEHOLDER_SIGNATURE = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
            + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<ds:SignatureMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"/><ds:Reference URI=\"\">"
            + "<ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/></ds:Transforms>"
            + "<ds:DigestMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"/><ds:DigestValue>AAAA</ds:DigestValue>"
            + "</ds:Reference></ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>";

    /** The official schema's first complaint about {@code xml}, or {@code null} when it is valid. */
    public static String schemaError(byte[] xml, String xsdName) {
        Validator validator = SCHEMAS.computeIfAbsent(xsdName, OfficialSpec::load).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
            return null;
        } catch (SAXException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Schema load(String xsdName) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // the DXP schemas import xmldsig-core-schema.xsd from their own folder
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return f.newSchema(xsd(xsdName).toFile());
        } catch (SAXException e) {
            throw new AssertionError("cannot load official schema " + xsdName + ": " + e.getMessage(), e);
        }
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("official specification file not found: " + p);
        }
        return p;
    }
}
