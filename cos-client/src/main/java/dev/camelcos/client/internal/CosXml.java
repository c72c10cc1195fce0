package dev.camelcos.client.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import dev.camelcos.client.model.BucketListing;
import dev.camelcos.client.model.CompleteMultipartUpload;
import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.client.model.CopyObjectResult;
import dev.camelcos.client.model.CopyPartResult;
import dev.camelcos.client.model.CorsConfiguration;
import dev.camelcos.client.model.CosError;
import dev.camelcos.client.model.DeleteRequest;
import dev.camelcos.client.model.DeleteResult;
import dev.camelcos.client.model.InitiateMultipartUploadResult;
import dev.camelcos.client.model.LifecycleConfiguration;
import dev.camelcos.client.model.MultipartUploadListing;
import dev.camelcos.client.model.ObjectListing;
import dev.camelcos.client.model.PartListing;
import dev.camelcos.client.model.RestoreRequest;
import dev.camelcos.client.model.Tagging;

/**
 * Every XML body in and out, through one JAXB context (built once: it is costly) and a StAX factory that resolves no
 * DTDs or external entities, so a hostile answer cannot make the client read files or loop.
 */
public final class CosXml {

    private static final JAXBContext CONTEXT = context();
    private static final XMLInputFactory INPUT = inputFactory();

    private CosXml() {
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(CosError.class, ObjectListing.class, BucketListing.class,
                    InitiateMultipartUploadResult.class, CompleteMultipartUpload.class,
                    CompleteMultipartUploadResult.class, PartListing.class, MultipartUploadListing.class,
                    DeleteRequest.class, DeleteResult.class, RestoreRequest.class, CopyObjectResult.class,
                    CopyPartResult.class, CorsConfiguration.class, LifecycleConfiguration.class, Tagging.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    public static byte[] write(Object body) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            marshaller.marshal(body, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as XML", e);
        }
    }

    /**
     * Reads a body whose root is any COS element this client knows. Leading whitespace is skipped: Complete
     * Multipart Upload sends it as keep-alive before its answer (which may then be an {@code <Error>}).
     *
     * @throws IOException when the body is not well-formed XML of a known element
     */
    public static Object read(InputStream body) throws IOException {
        InputStream in = skipWhitespace(new BufferedInputStream(body));
        try {
            XMLStreamReader reader = INPUT.createXMLStreamReader(in);
            try {
                return CONTEXT.createUnmarshaller().unmarshal(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            throw new IOException("COS answered a body that is not the XML expected: " + rootCause(e), e);
        }
    }

    private static InputStream skipWhitespace(BufferedInputStream in) throws IOException {
        while (true) {
            in.mark(1);
            int b = in.read();
            if (b < 0) {
                throw new IOException("COS answered an empty body where XML was expected");
            }
            if (!Character.isWhitespace(b)) {
                in.reset();
                return in;
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
