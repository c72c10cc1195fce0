package dev.camelcos.emulator.xml;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Builds a small XML response document; StAX exceptions cannot happen on an in-memory buffer, so they become unchecked. */
public final class XmlWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final XMLStreamWriter writer;

    public XmlWriter(String rootElement) {
        try {
            writer = FACTORY.createXMLStreamWriter(buffer, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(rootElement);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlWriter start(String name) {
        try {
            writer.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public XmlWriter end() {
        try {
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Writes {@code <name>value</name>}; a null value writes nothing, as COS omits absent fields. */
    public XmlWriter element(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            writer.writeStartElement(name);
            writer.writeCharacters(value.toString());
            writer.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public byte[] finish() {
        try {
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return buffer.toByteArray();
    }
}
