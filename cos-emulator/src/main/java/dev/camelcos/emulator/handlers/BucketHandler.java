package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.http.HttpDates;
import dev.camelcos.emulator.store.ObjectRecord;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.util.List;
import java.util.NavigableMap;
import java.util.regex.Pattern;

/** Service and bucket operations: ListBuckets, PutBucket, HeadBucket, DeleteBucket, PutBucketAcl, GetBucket, DeleteMultipleObjects. */
public final class BucketHandler {
    /** BucketName-APPID: lower-case letters, digits and '-', ending in a numeric APPID. */
    public static final Pattern BUCKET_NAME = Pattern.compile("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?-\\d+$");
    private static final int MAX_KEYS = 1000;
    private static final int MAX_DELETE_KEYS = 1000;

    private final HandlerContext ctx;
    private final Store store;

    public BucketHandler(HandlerContext ctx) {
        this.ctx = ctx;
        this.store = ctx.store();
    }

    public void listBuckets(EmulatorRequest request, EmulatorResponse response) throws IOException {
        XmlWriter xml = new XmlWriter("ListAllMyBucketsResult");
        Owners.write(xml, "Owner");
        xml.start("Buckets");
        for (Store.BucketInfo b : store.buckets()) {
            xml.start("Bucket")
                    .element("Name", b.name())
                    .element("Location", ctx.region())
                    .element("CreationDate", HttpDates.iso(b.created()))
                    .end();
        }
        xml.end();
        response.xml(200, xml.finish());
    }

    public void headBucket(EmulatorRequest request, EmulatorResponse response) throws IOException {
        if (!store.bucketExists(request.bucket())) {
            throw EmulatorError.noSuchBucket();
        }
        response.header("x-cos-bucket-region", ctx.region());
        response.empty(200);
    }

    public void putBucket(EmulatorRequest request, EmulatorResponse response) throws IOException {
        if (!BUCKET_NAME.matcher(request.bucket()).matches()) {
            throw new EmulatorError(400, "InvalidBucketName", "The specified bucket name is not valid: use BucketName-APPID.");
        }
        store.createBucket(request.bucket());
        String acl = request.header("x-cos-acl");
        if (acl != null) {
            store.setBucketAcl(request.bucket(), PublicReadAccess.cannedAcl(acl));
        }
        response.empty(200);
    }

    /** PUT Bucket acl in its header form (x-cos-acl); the grant headers and the XML body are not emulated. */
    public void putBucketAcl(EmulatorRequest request, EmulatorResponse response) throws IOException {
        String acl = request.header("x-cos-acl");
        if (acl == null) {
            throw new EmulatorError(501, "NotImplemented", "Only the x-cos-acl header form of PUT acl is emulated.");
        }
        store.setBucketAcl(request.bucket(), PublicReadAccess.cannedAcl(acl));
        response.empty(200);
    }

    public void deleteBucket(EmulatorRequest request, EmulatorResponse response) throws IOException {
        store.deleteBucket(request.bucket());
        response.empty(204);
    }

    /** GET Bucket (the client's listObjects). */
    public void getBucket(EmulatorRequest request, EmulatorResponse response) throws IOException {
        boolean url = ListingPage.urlEncoding(request.query("encoding-type"));
        String prefix = request.query("prefix");
        String delimiter = request.query("delimiter");
        String marker = request.query("marker");
        int max = ListingPage.limit(request.query("max-keys"), MAX_KEYS, "max-keys");
        NavigableMap<String, ObjectRecord> all = store.objects(request.bucket());
        NavigableMap<String, ObjectRecord> after = marker == null || marker.isEmpty() ? all : all.tailMap(marker, false);
        ListingPage<ObjectRecord> page = ListingPage.of(after.values(), ObjectRecord::key, prefix, delimiter, marker, max);
        XmlWriter xml = new XmlWriter("ListBucketResult")
                .element("Name", request.bucket())
                .element("EncodingType", url ? "url" : null)
                .element("Prefix", ListingPage.encode(prefix == null ? "" : prefix, url))
                .element("Marker", ListingPage.encode(marker == null ? "" : marker, url))
                .element("MaxKeys", max)
                .element("Delimiter", ListingPage.encode(delimiter, url))
                .element("IsTruncated", page.truncated);
        if (page.truncated) {
            xml.element("NextMarker", ListingPage.encode(page.lastKey, url));
        }
        for (String p : page.commonPrefixes) {
            xml.start("CommonPrefixes").element("Prefix", ListingPage.encode(p, url)).end();
        }
        for (ObjectRecord o : page.entries) {
            xml.start("Contents")
                    .element("Key", ListingPage.encode(o.key(), url))
                    .element("LastModified", HttpDates.iso(o.lastModified()))
                    .element("ETag", EmulatorObjectHeaders.quoted(o.etag()))
                    .element("Size", o.size());
            Owners.write(xml, "Owner");
            xml.element("StorageClass", o.attributes().storageClass()).end();
        }
        response.xml(200, xml.finish());
    }

    /** DELETE Multiple Objects (the client's deleteObjects). */
    public void deleteMultipleObjects(EmulatorRequest request, EmulatorResponse response) throws IOException {
        if (!store.bucketExists(request.bucket())) {
            throw EmulatorError.noSuchBucket();
        }
        byte[] body = request.xmlBody();
        Uploads.checkDigest(request, body);
        XmlElement doc = XmlElement.parse(body, "Delete");
        boolean quiet = "true".equalsIgnoreCase(doc.childText("Quiet"));
        List<XmlElement> objects = doc.children("Object");
        if (objects.isEmpty() || objects.size() > MAX_DELETE_KEYS) {
            throw EmulatorError.malformedXml("Delete must name between 1 and " + MAX_DELETE_KEYS + " objects.");
        }
        XmlWriter xml = new XmlWriter("DeleteResult");
        for (XmlElement o : objects) {
            String key = o.childText("Key");
            String version = o.childText("VersionId");
            if (key == null || key.isEmpty()) {
                xml.start("Error").element("Key", key).element("Code", "InvalidArgument")
                        .element("Message", "Object key is empty.").end();
            } else {
                boolean named = version != null && !version.isEmpty();
                ObjectRecord affected = named ? store.deleteVersion(request.bucket(), key, version)
                        : store.delete(request.bucket(), key);
                if (!quiet) {
                    xml.start("Deleted").element("Key", key).element("VersionId", named ? version : null);
                    if (affected != null && affected.deleteMarker()) {
                        xml.element("DeleteMarker", true).element("DeleteMarkerVersionId", affected.shownVersionId());
                    }
                    xml.end();
                }
            }
        }
        response.xml(200, xml.finish());
    }
}
