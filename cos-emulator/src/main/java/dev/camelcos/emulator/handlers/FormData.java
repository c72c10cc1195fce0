package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multipart/form-data body as COS's POST Object takes it: text fields first, then the file, whose
 * content is streamed (never held in memory); whatever follows the file is ignored, as COS does.
 */
final class FormData {
    private static final int MAX_FIELD_BYTES = 64 * 1024;
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private final InputStream in;
    private final byte[] delimiter;
    /** Field names lower-cased, as COS matches them; the file's own field is not among them. */
    final Map<String, String> fields = new LinkedHashMap<>();
    String fileName;
    String fileContentType;

    private FormData(InputStream body, String boundary) {
        // the first boundary has no CRLF before it; giving it one lets every boundary be found the same way
        this.in = new BufferedInputStream(new SequenceInputStream(
                new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)), body), 64 * 1024);
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    }

    static boolean isFormData(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** Reads fields until the file part and answers a reader positioned at the start of the file's content. */
    static FormData open(InputStream body, String contentType) throws IOException {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw malformed("Content-Type multipart/form-data needs a boundary.");
        }
        FormData form = new FormData(body, m.group(1) != null ? m.group(1) : m.group(2));
        form.untilDelimiter().transferTo(java.io.OutputStream.nullOutputStream());
        while (form.nextPart()) {
            String headers = form.partHeaders();
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                throw malformed("A form part has no name.");
            }
            String field = name.group(1).toLowerCase(Locale.ROOT);
            Matcher file = FILENAME.matcher(headers);
            if (field.equals("file")) {
                form.fileName = file.find() ? file.group(1) : "";
                Matcher type = Pattern.compile("(?im)^content-type:\\s*(.+)$").matcher(headers);
                form.fileContentType = type.find() ? type.group(1).trim() : null;
                return form;
            }
            form.fields.put(field, form.fieldValue());
        }
        throw malformed("The form has no file field.");
    }

    /** The file's content, ending where its part ends. */
    InputStream file() {
        return untilDelimiter();
    }

    private boolean nextPart() throws IOException {
        int a = in.read();
        int b = in.read();
        if (a == '-' && b == '-') {
            return false;
        }
        if (a != '\r' || b != '\n') {
            throw malformed("A form boundary is not followed by CRLF or --.");
        }
        return true;
    }

    private String partHeaders() throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int c = in.read();
            if (c < 0 || headers.size() > MAX_HEADER_BYTES) {
                throw malformed("A form part's headers are cut off or too long.");
            }
            headers.write(c);
            matched = c == end[matched] ? matched + 1 : c == '\r' ? 1 : 0;
        }
        return "\r\n" + headers.toString(StandardCharsets.UTF_8);
    }

    private String fieldValue() throws IOException {
        byte[] value = untilDelimiter().readNBytes(MAX_FIELD_BYTES + 1);
        if (value.length > MAX_FIELD_BYTES) {
            throw malformed("A form field is longer than " + MAX_FIELD_BYTES + " bytes.");
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /**
     * The bytes up to the next delimiter, which is consumed. The delimiter starts with CR and a boundary holds
     * no CR, so after a mismatch the only place a new match can start is a CR.
     */
    private InputStream untilDelimiter() {
        return new InputStream() {
            private final byte[] pending = new byte[delimiter.length];
            private int pendingAt;
            private int pendingLength;
            private boolean done;

            @Override
            public int read() throws IOException {
                if (pendingAt < pendingLength) {
                    return pending[pendingAt++] & 0xff;
                }
                if (done) {
                    return -1;
                }
                int matched = 0;
                while (true) {
                    in.mark(1);
                    int c = in.read();
                    if (c < 0) {
                        throw malformed("The form body ends before its closing boundary.");
                    }
                    if (c == (delimiter[matched] & 0xff)) {
                        if (++matched == delimiter.length) {
                            done = true;
                            return -1;
                        }
                    } else if (matched == 0) {
                        return c;
                    } else {
                        // what looked like the delimiter was content; a CR may start the real one, so it is re-read
                        System.arraycopy(delimiter, 0, pending, 0, matched);
                        pendingLength = matched;
                        if (c == '\r') {
                            in.reset();
                        } else {
                            pending[pendingLength++] = (byte) c;
                        }
                        pendingAt = 1;
                        return pending[0] & 0xff;
                    }
                }
            }
        };
    }

    private static EmulatorError malformed(String message) {
        return new EmulatorError(400, "MalformedPOSTRequest", "The body of your POST request is not well-formed "
                + "multipart/form-data: " + message);
    }
}
