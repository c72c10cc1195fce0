package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.http.HttpDates;
import dev.camelcos.emulator.store.KeyOrder;
import dev.camelcos.emulator.store.ObjectRecord;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Bucket versioning: its configuration (?versioning) and the listing of every version (?versions). */
public final class VersioningHandler {
    private static final int MAX_KEYS = 1000;

    private final Store store;

    public VersioningHandler(HandlerContext ctx) {
        this.store = ctx.store();
    }

    public void putBucketVersioning(EmulatorRequest request, EmulatorResponse response) throws IOException {
        String status = XmlElement.parse(request.xmlBody(), "VersioningConfiguration").childText("Status");
        if (!Store.VERSIONING_ENABLED.equals(status) && !"Suspended".equals(status)) {
            throw EmulatorError.malformedXml("VersioningConfiguration Status must be Enabled or Suspended, not " + status + ".");
        }
        store.setVersioning(request.bucket(), status);
        response.empty(200);
    }

    public void getBucketVersioning(EmulatorRequest request, EmulatorResponse response) throws IOException {
        response.xml(200, new XmlWriter("VersioningConfiguration")
                .element("Status", store.versioning(request.bucket())).finish());
    }

    /** GET Bucket Object versions (the SDK's listVersions). */
    public void getBucketObjectVersions(EmulatorRequest request, EmulatorResponse response) throws IOException {
        boolean url = ListingPage.urlEncoding(request.query("encoding-type"));
        String prefix = request.query("prefix");
        String delimiter = request.query("delimiter");
        String keyMarker = request.query("key-marker");
        String idMarker = request.query("version-id-marker");
        int max = ListingPage.limit(request.query("max-keys"), MAX_KEYS, "max-keys");
        List<Store.Version> after = after(store.versions(request.bucket()), keyMarker, idMarker);
        ListingPage<Store.Version> page = ListingPage.of(after, v -> v.record().key(), prefix, delimiter, keyMarker, max);
        XmlWriter xml = new XmlWriter("ListVersionsResult")
                .element("Name", request.bucket())
                .element("EncodingType", url ? "url" : null)
                .element("Prefix", ListingPage.encode(prefix == null ? "" : prefix, url))
                .element("KeyMarker", ListingPage.encode(keyMarker == null ? "" : keyMarker, url))
                .element("VersionIdMarker", idMarker == null ? "" : idMarker)
                .element("MaxKeys", max)
                .element("Delimiter", ListingPage.encode(delimiter, url))
                .element("IsTruncated", page.truncated);
        if (page.truncated) {
            xml.element("NextKeyMarker", ListingPage.encode(page.lastKey, url));
            xml.element("NextVersionIdMarker", page.lastEntry != null && page.lastEntry.record().key().equals(page.lastKey)
                    ? page.lastEntry.record().shownVersionId() : "");
        }
        for (String p : page.commonPrefixes) {
            xml.start("CommonPrefixes").element("Prefix", ListingPage.encode(p, url)).end();
        }
        for (Store.Version v : page.entries) {
            ObjectRecord r = v.record();
            xml.start(r.deleteMarker() ? "DeleteMarker" : "Version")
                    .element("Key", ListingPage.encode(r.key(), url))
                    .element("VersionId", r.shownVersionId())
                    .element("IsLatest", v.latest())
                    .element("LastModified", HttpDates.iso(r.lastModified()));
            if (!r.deleteMarker()) {
                xml.element("ETag", EmulatorObjectHeaders.quoted(r.etag()))
                        .element("Size", r.size())
                        .element("StorageClass", r.attributes().storageClass());
            }
            Owners.write(xml, "Owner");
            xml.end();
        }
        response.xml(200, xml.finish());
    }

    /**
     * The versions after the markers: keys after key-marker, or with a version-id-marker the versions of
     * key-marker that come after (are older than) that one.
     */
    private static List<Store.Version> after(List<Store.Version> all, String keyMarker, String idMarker) {
        if (keyMarker == null || keyMarker.isEmpty()) {
            return all;
        }
        List<Store.Version> after = new ArrayList<>();
        boolean markerPassed = false;
        for (Store.Version v : all) {
            int c = KeyOrder.UTF8.compare(v.record().key(), keyMarker);
            if (c > 0 || (c == 0 && markerPassed)) {
                after.add(v);
            } else if (c == 0 && idMarker != null && !idMarker.isEmpty()) {
                markerPassed = v.record().hasVersion(idMarker);
            }
        }
        return after;
    }
}
