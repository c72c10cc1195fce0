package dev.camelcos.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosError;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads and parses whole the answers the client reads (XML documents, never object content), inside the chain: a
 * connection that breaks while the document arrives, or a document that arrives garbled, is then retried like any
 * other failure, and an {@code <Error>} that COS sends after a 200 status (copy and complete answer 200 at once and
 * report a late failure in the body) becomes the exception its code names. The parsed document travels on the
 * request ({@link CosTransport#document}).
 */
final class BufferedAnswerInterceptor implements Interceptor {

    /** A listing page of 1,000 long keys stays far below this; anything larger is not a COS document. */
    private static final long MAX_DOCUMENT = 32L * 1024 * 1024;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        CosRequest request = CosRequest.from(chain.request());
        if (request.streamsAnswer()) {
            return response;
        }
        byte[] document;
        try (response) {
            BufferedSource source = response.body().source();
            if (!source.request(MAX_DOCUMENT + 1) || source.getBuffer().size() <= MAX_DOCUMENT) {
                document = source.readByteArray();
            } else {
                throw new IOException(request.describe() + " got an answer of more than " + MAX_DOCUMENT
                        + " bytes, which is no COS document");
            }
        }
        int start = firstElement(document);
        if (start >= 0) {
            Object parsed;
            try {
                parsed = CosXml.read(new ByteArrayInputStream(document, start, document.length - start));
            } catch (RuntimeException e) {
                throw new IOException("COS answered a document that cannot be read: " + e.getMessage(), e);
            }
            if (parsed instanceof CosError error) {
                throw errorIn200(response, error);
            }
            request.document(parsed);
        }
        return response.newBuilder()
                .body(ResponseBody.create(document, response.body().contentType()))
                .build();
    }

    private static CosServiceException errorIn200(Response response, CosError error) {
        return new CosServiceException(response.code(), error.getCode(), error.getMessage(),
                error.getRequestId() != null ? error.getRequestId() : response.header("x-cos-request-id"),
                error.getTraceId(), error.getResource());
    }

    /**
     * Where the document's first element starts, past whitespace keep-alives and the XML declaration; -1 when the
     * body holds no element (empty, or not XML).
     */
    static int firstElement(byte[] document) {
        int at = skipWhitespace(document, 0);
        if (startsWith(document, at, "<?")) {
            String text = new String(document, at, Math.min(document.length - at, 256), StandardCharsets.UTF_8);
            int end = text.indexOf("?>");
            if (end < 0) {
                return -1;
            }
            at = skipWhitespace(document, at + end + 2);
        }
        return at < document.length && document[at] == '<' ? at : -1;
    }

    private static int skipWhitespace(byte[] document, int at) {
        while (at < document.length && Character.isWhitespace(document[at])) {
            at++;
        }
        return at;
    }

    private static boolean startsWith(byte[] document, int at, String prefix) {
        if (document.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (document[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
