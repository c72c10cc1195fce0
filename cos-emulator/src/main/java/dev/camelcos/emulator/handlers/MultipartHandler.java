package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.http.HttpDates;
import dev.camelcos.emulator.store.BoundedStream;
import dev.camelcos.emulator.store.EmulatorCrc64;
import dev.camelcos.emulator.store.KeyOrder;
import dev.camelcos.emulator.store.MultipartUploads;
import dev.camelcos.emulator.store.ObjectRecord;
import dev.camelcos.emulator.store.PartRecord;
import dev.camelcos.emulator.store.StagedBody;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.store.UploadRecord;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multipart upload: InitiateMultipartUpload, UploadPart, UploadPartCopy, ListParts, CompleteMultipartUpload,
 * AbortMultipartUpload, ListMultipartUploads.
 */
public final class MultipartHandler {
    static final long MIN_PART_SIZE = 1024 * 1024;
    private static final int MAX_PART_NUMBER = 10000;
    private static final Pattern COPY_RANGE = Pattern.compile("^bytes=(\\d+)-(\\d+)$");

    private final HandlerContext ctx;
    private final Store store;
    private final MultipartUploads uploads;
    private final ObjectVersions versions;

    public MultipartHandler(HandlerContext ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
        this.uploads = store.uploads();
        this.versions = new ObjectVersions(ctx);
    }

    public void initiateMultipartUpload(EmulatorRequest request, EmulatorResponse response) throws IOException {
        UploadRecord upload = uploads.initiate(request.bucket(), request.key(), EmulatorObjectHeaders.fromRequest(request));
        response.xml(200, new XmlWriter("InitiateMultipartUploadResult")
                .element("Bucket", request.bucket())
                .element("Key", request.key())
                .element("UploadId", upload.uploadId())
                .finish());
    }

    public void uploadPart(EmulatorRequest request, EmulatorResponse response) throws IOException {
        int number = partNumber(request);
        String uploadId = request.query("uploadId");
        uploads.upload(request.bucket(), uploadId, request.key());
        EmulatorObjectHeaders.checkTrafficLimit(request);
        StagedBody body = Uploads.receive(store, request);
        PartRecord part = uploads.putPart(request.bucket(), uploadId, request.key(), number, body);
        response.header("ETag", EmulatorObjectHeaders.quoted(part.etag()));
        response.header("x-cos-hash-crc64ecma", EmulatorCrc64.format(part.crc64()));
        response.empty(200);
    }

    public void uploadPartCopy(EmulatorRequest request, EmulatorResponse response) throws IOException {
        int number = partNumber(request);
        String uploadId = request.query("uploadId");
        uploads.upload(request.bucket(), uploadId, request.key());
        EmulatorCopySource source = EmulatorCopySource.parse(request.header("x-cos-copy-source"));
        ObjectRecord original = versions.copySource(request, source, response);
        long first = 0;
        long length = original.size();
        String range = request.header("x-cos-copy-source-range");
        // the Python SDK sends the header empty when it means the whole source, which COS accepts
        if (range != null && !range.isBlank()) {
            Matcher m = COPY_RANGE.matcher(range.trim());
            if (!m.matches()) {
                throw EmulatorError.invalidArgument("x-cos-copy-source-range must look like bytes=first-last.");
            }
            first = Long.parseLong(m.group(1));
            long last = Long.parseLong(m.group(2));
            if (last < first || last >= original.size()) {
                throw ByteRange.unsatisfiable();
            }
            length = last - first + 1;
        }
        StagedBody body;
        try (InputStream in = store.open(source.bucket(), original)) {
            in.skipNBytes(first);
            body = store.stage(new BoundedStream(in, length));
        }
        PartRecord part = uploads.putPart(request.bucket(), uploadId, request.key(), number, body);
        response.header("x-cos-hash-crc64ecma", EmulatorCrc64.format(part.crc64()));
        response.xml(200, new XmlWriter("CopyPartResult")
                .element("ETag", EmulatorObjectHeaders.quoted(part.etag()))
                .element("LastModified", HttpDates.iso(part.lastModified()))
                .element("CRC64", EmulatorCrc64.format(part.crc64()))
                .finish());
    }

    public void listParts(EmulatorRequest request, EmulatorResponse response) throws IOException {
        String uploadId = request.query("uploadId");
        UploadRecord upload = uploads.upload(request.bucket(), uploadId, request.key());
        boolean url = ListingPage.urlEncoding(request.query("encoding-type"));
        int max = ListingPage.limit(request.query("max-parts"), 1000, "max-parts");
        int marker = parseInt(request.query("part-number-marker"), 0, "part-number-marker");
        List<PartRecord> page = new ArrayList<>();
        boolean truncated = false;
        for (PartRecord p : uploads.parts(request.bucket(), uploadId, request.key())) {
            if (p.number() <= marker) {
                continue;
            }
            if (page.size() >= max) {
                truncated = true;
                break;
            }
            page.add(p);
        }
        XmlWriter xml = new XmlWriter("ListPartsResult")
                .element("Bucket", request.bucket())
                .element("EncodingType", url ? "url" : null)
                .element("Key", ListingPage.encode(upload.key(), url))
                .element("UploadId", uploadId);
        Owners.write(xml, "Initiator");
        Owners.write(xml, "Owner");
        xml.element("StorageClass", upload.attributes().storageClass())
                .element("PartNumberMarker", marker)
                .element("NextPartNumberMarker", page.isEmpty() ? marker : page.get(page.size() - 1).number())
                .element("MaxParts", max)
                .element("IsTruncated", truncated);
        for (PartRecord p : page) {
            xml.start("Part")
                    .element("PartNumber", p.number())
                    .element("LastModified", HttpDates.iso(p.lastModified()))
                    .element("ETag", EmulatorObjectHeaders.quoted(p.etag()))
                    .element("Size", p.size())
                    .end();
        }
        response.xml(200, xml.finish());
    }

    public void completeMultipartUpload(EmulatorRequest request, EmulatorResponse response) throws IOException {
        String uploadId = request.query("uploadId");
        uploads.upload(request.bucket(), uploadId, request.key());
        XmlElement doc = XmlElement.parse(request.xmlBody(), "CompleteMultipartUpload");
        Map<Integer, PartRecord> uploaded = new TreeMap<>();
        uploads.parts(request.bucket(), uploadId, request.key()).forEach(p -> uploaded.put(p.number(), p));
        List<XmlElement> requested = doc.children("Part");
        if (requested.isEmpty()) {
            throw EmulatorError.malformedXml("CompleteMultipartUpload must list at least one Part.");
        }
        List<PartRecord> chosen = new ArrayList<>();
        int previous = 0;
        for (XmlElement part : requested) {
            int number = parseInt(part.childText("PartNumber"), -1, "PartNumber");
            if (number <= previous) {
                throw new EmulatorError(400, "InvalidPartOrder", "The list of parts was not in ascending order.");
            }
            if (number != previous + 1) {
                throw new EmulatorError(400, "InvalidPart", "Part numbers must be consecutive from 1; part " + number
                        + " follows " + (previous == 0 ? "nothing" : "part " + previous) + ".");
            }
            previous = number;
            PartRecord stored = uploaded.get(number);
            String etag = part.childText("ETag");
            if (stored == null || etag == null || !etag.replace("\"", "").equalsIgnoreCase(stored.etag())) {
                throw new EmulatorError(400, "InvalidPart", "Part " + number + " was not uploaded or its ETag does not match.");
            }
            chosen.add(stored);
        }
        for (int i = 0; i < chosen.size() - 1; i++) {
            if (chosen.get(i).size() < MIN_PART_SIZE) {
                throw new EmulatorError(400, "EntityTooSmall", "Part " + chosen.get(i).number()
                        + " is smaller than the minimum of 1 MiB allowed for all but the last part.");
            }
        }
        ObjectRecord object = uploads.complete(request.bucket(), uploadId, request.key(), chosen, multipartEtag(chosen));
        response.header("x-cos-hash-crc64ecma", EmulatorCrc64.format(object.crc64()));
        versions.versionHeader(request, response, object);
        response.xml(200, new XmlWriter("CompleteMultipartUploadResult")
                .element("Location", request.bucket() + ".cos." + ctx.region() + ".myqcloud.com/" + request.key())
                .element("Bucket", request.bucket())
                .element("Key", request.key())
                .element("ETag", EmulatorObjectHeaders.quoted(object.etag()))
                .finish());
    }

    public void abortMultipartUpload(EmulatorRequest request, EmulatorResponse response) throws IOException {
        uploads.abort(request.bucket(), request.query("uploadId"), request.key());
        response.empty(204);
    }

    public void listMultipartUploads(EmulatorRequest request, EmulatorResponse response) throws IOException {
        boolean url = ListingPage.urlEncoding(request.query("encoding-type"));
        String prefix = request.query("prefix");
        String delimiter = request.query("delimiter");
        String keyMarker = request.query("key-marker");
        String idMarker = request.query("upload-id-marker");
        int max = ListingPage.limit(request.query("max-uploads"), 1000, "max-uploads");
        List<UploadRecord> after = uploads.uploads(request.bucket()).stream()
                .filter(u -> isAfter(u, keyMarker, idMarker)).toList();
        ListingPage<UploadRecord> page = ListingPage.of(after, UploadRecord::key, prefix, delimiter, keyMarker, max);
        XmlWriter xml = new XmlWriter("ListMultipartUploadsResult")
                .element("Bucket", request.bucket())
                .element("EncodingType", url ? "url" : null)
                .element("KeyMarker", ListingPage.encode(keyMarker == null ? "" : keyMarker, url))
                .element("UploadIdMarker", idMarker == null ? "" : idMarker);
        if (page.truncated) {
            xml.element("NextKeyMarker", ListingPage.encode(page.lastKey, url));
            xml.element("NextUploadIdMarker", page.lastEntry != null && page.lastEntry.key().equals(page.lastKey)
                    ? page.lastEntry.uploadId() : "");
        }
        xml.element("MaxUploads", max)
                .element("IsTruncated", page.truncated)
                .element("Prefix", ListingPage.encode(prefix == null ? "" : prefix, url))
                .element("Delimiter", ListingPage.encode(delimiter, url));
        for (UploadRecord u : page.entries) {
            xml.start("Upload")
                    .element("Key", ListingPage.encode(u.key(), url))
                    .element("UploadId", u.uploadId())
                    .element("StorageClass", u.attributes().storageClass());
            Owners.write(xml, "Initiator");
            Owners.write(xml, "Owner");
            xml.element("Initiated", HttpDates.iso(u.initiated())).end();
        }
        for (String p : page.commonPrefixes) {
            xml.start("CommonPrefixes").element("Prefix", ListingPage.encode(p, url)).end();
        }
        response.xml(200, xml.finish());
    }

    /** Uploads sort by key then upload; without an upload-id-marker the whole key-marker key is skipped. */
    private static boolean isAfter(UploadRecord u, String keyMarker, String idMarker) {
        if (keyMarker == null || keyMarker.isEmpty()) {
            return true;
        }
        int c = KeyOrder.UTF8.compare(u.key(), keyMarker);
        if (c != 0) {
            return c > 0;
        }
        return idMarker != null && !idMarker.isEmpty() && u.uploadId().compareTo(idMarker) > 0;
    }

    private static String multipartEtag(List<PartRecord> parts) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            parts.forEach(p -> md5.update(p.md5()));
            return HexFormat.of().formatHex(md5.digest()) + "-" + parts.size();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int partNumber(EmulatorRequest request) {
        int n = parseInt(request.query("partNumber"), -1, "partNumber");
        if (n < 1 || n > MAX_PART_NUMBER) {
            throw EmulatorError.invalidArgument("partNumber must be between 1 and " + MAX_PART_NUMBER + ".");
        }
        return n;
    }

    private static int parseInt(String value, int fallback, String name) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw EmulatorError.invalidArgument(name + " must be an integer.");
        }
    }
}
