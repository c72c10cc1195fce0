package dev.camelcos.emulator.xml;

import dev.camelcos.emulator.error.EmulatorError;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A parsed request document: small enough (bodies are size-capped) to keep as a tree. */
public final class XmlElement {
    private static final XMLInputFactory FACTORY = secureFactory();

    private final String name;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    private XmlElement(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text.toString().trim();
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    public XmlElement child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
    }

    public String childText(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text();
    }

    /** Parses a document and checks its root element name; any failure is COS's MalformedXML. */
    public static XmlElement parse(byte[] xml, String expectedRoot) {
        XmlElement root = null;
        Deque<XmlElement> open = new ArrayDeque<>();
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlElement e = new XmlElement(r.getLocalName());
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().children.add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw EmulatorError.malformedXml("The XML you provided was not well-formed: " + e.getMessage());
        }
        if (root == null || !root.name.equals(expectedRoot)) {
            throw EmulatorError.malformedXml("The XML you provided was not well-formed or did not validate: expected " + expectedRoot);
        }
        return root;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
