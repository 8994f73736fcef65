package org.cbec.mock.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.cbec.core.model.MessageSpec;
import org.xml.sax.SAXException;

/**
 * The official message schemas of a folder ({@code ceb-import-*.xsd}, {@code ceb-export-*.xsd}, with the
 * {@code xmldsig-core-schema.xsd} they import), compiled once; validates a message against its direction's schema.
 */
public final class OfficialSchemas {

    private final Map<MessageSpec.Direction, Schema> schemas = new EnumMap<>(MessageSpec.Direction.class);

    private OfficialSchemas() {
    }

    /**
     * Loads the schemas of {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} holds no {@code ceb-import-*.xsd} or no {@code ceb-export-*.xsd}
     */
    public static OfficialSchemas load(Path dir) {
        OfficialSchemas out = new OfficialSchemas();
        out.schemas.put(MessageSpec.Direction.IMPORT, compile(only(dir, "ceb-import-")));
        out.schemas.put(MessageSpec.Direction.EXPORT, compile(only(dir, "ceb-export-")));
        return out;
    }

    /** The schema's first complaint about {@code xml}, or empty when it is valid. */
    public Optional<String> problem(byte[] xml, MessageSpec.Direction direction) {
        Validator validator = schemas.get(direction).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
            return Optional.empty();
        } catch (SAXException e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path only(Path dir, String prefix) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".xsd")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + prefix + "*.xsd in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema compile(Path xsd) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file"); // the schemas import xmldsig-core-schema.xsd beside them
            return f.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot load schema " + xsd + ": " + e.getMessage(), e);
        }
    }
}
