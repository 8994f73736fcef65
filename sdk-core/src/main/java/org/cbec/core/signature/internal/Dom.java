package org.cbec.core.signature.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.cbec.core.signature.SignatureProfile;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Small DOM helpers for finding and placing {@code ds:Signature}. */
public final class Dom {

    /** Namespace of CEB business messages. */
    public static final String CEB_NS = "http://www.chinaport.gov.cn/ceb";

    private Dom() {
    }

    /** The {@code ds:Signature} elements that are direct children of {@code root}. */
    public static List<Element> rootSignatures(Element root) {
        List<Element> out = new ArrayList<>();
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && isDsig(e, "Signature")) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element of {@code parent} in the XML-Signature namespace with this local name, or null. */
    public static Element dsChild(Element parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && isDsig(e, localName)) {
                return e;
            }
        }
        return null;
    }

    /** The first direct child element with this namespace and local name, or null. */
    public static Element child(Element parent, String ns, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static boolean isDsig(Element e, String localName) {
        return SignatureProfile.Uris.DSIG_NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    /** The namespace declarations written on {@code element}, prefix → URI ({@code ""} for the default namespace). */
    public static Map<String, String> declaredNamespaces(Element element) {
        Map<String, String> out = new LinkedHashMap<>();
        NamedNodeMap attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                out.put(XMLConstants.XMLNS_ATTRIBUTE.equals(a.getName()) ? "" : a.getLocalName(), a.getValue());
            }
        }
        return out;
    }

    /** Whether {@code element} carries {@code xml:*} attributes (which inclusive C14N would copy onto SignedInfo). */
    public static boolean hasXmlAttributes(Element element) {
        NamedNodeMap attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            if (XMLConstants.XML_NS_URI.equals(attrs.item(i).getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }
}
