package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Object tagging (?tagging on a key): PUT replaces the tag set, GET answers it, DELETE empties it. */
public final class TaggingHandler {
    static final int MAX_TAGS = 10;
    static final int MAX_KEY_LENGTH = 128;
    static final int MAX_VALUE_LENGTH = 256;
    /** Letters (any script), digits, spaces and + - = . _ : / @, as COS documents for tag keys and values. */
    static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{N} +\\-=._:/@]*");

    private final Store store;
    private final ObjectVersions versions;

    public TaggingHandler(HandlerContext ctx) {
        this.store = ctx.store();
        this.versions = new ObjectVersions(ctx);
    }

    public void putObjectTagging(EmulatorRequest request, EmulatorResponse response) throws IOException {
        currentVersionOnly(request.query("versionId"));
        versions.existing(request.bucket(), request.key());
        byte[] body = request.xmlBody();
        Uploads.checkDigest(request, body);
        XmlElement tagSet = XmlElement.parse(body, "Tagging").child("TagSet");
        if (tagSet == null) {
            throw EmulatorError.malformedXml("Tagging needs a TagSet.");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (XmlElement tag : tagSet.children("Tag")) {
            String key = tag.childText("Key");
            String value = tag.childText("Value") == null ? "" : tag.childText("Value");
            check(key, value);
            if (tags.put(key, value) != null) {
                throw new EmulatorError(400, "InvalidTag", "Duplicate tag key: " + key);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new EmulatorError(400, "BadRequest", "Object tags cannot be greater than " + MAX_TAGS);
        }
        store.setTags(request.bucket(), request.key(), tags);
        response.empty(200);
    }

    public void getObjectTagging(EmulatorRequest request, EmulatorResponse response) throws IOException {
        currentVersionOnly(request.query("versionId"));
        XmlWriter xml = new XmlWriter("Tagging").start("TagSet");
        versions.existing(request.bucket(), request.key()).attributes().tags().forEach((k, v) -> xml.start("Tag").element("Key", k).element("Value", v).end());
        response.xml(200, xml.end().finish());
    }

    public void deleteObjectTagging(EmulatorRequest request, EmulatorResponse response) throws IOException {
        currentVersionOnly(request.query("versionId"));
        versions.existing(request.bucket(), request.key());
        store.setTags(request.bucket(), request.key(), Map.of());
        response.empty(204);
    }

    private static void check(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || !TAG_TEXT.matcher(key).matches()) {
            throw new EmulatorError(400, "InvalidTag", "A tag key must be 1 to " + MAX_KEY_LENGTH
                    + " letters, digits, spaces or + - = . _ : / @, not '" + key + "'.");
        }
        if (value.length() > MAX_VALUE_LENGTH || !TAG_TEXT.matcher(value).matches()) {
            throw new EmulatorError(400, "InvalidTag", "A tag value must be at most " + MAX_VALUE_LENGTH
                    + " letters, digits, spaces or + - = . _ : / @, not '" + value + "'.");
        }
    }

    /** Tags are kept on the current version only; naming another one is not emulated. */
    private static void currentVersionOnly(String versionId) {
        if (versionId != null && !versionId.isEmpty() && !versionId.equals("null")) {
            throw new EmulatorError(501, "NotImplemented", "Tagging a given version is not emulated; tag the current one.");
        }
    }
}
