package dev.camelcos.emulator.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a client sets on an object besides its bytes.
 *
 * @param headers response headers echoed on GET/HEAD (content type, caching, user metadata, encryption), lower-case names
 * @param acl     x-cos-acl and x-cos-grant-* as sent; kept, never enforced
 * @param tags    the object's tags (PUT Object tagging), in the order they were set
 */
public record ObjectAttributes(SortedMap<String, String> headers, String storageClass, SortedMap<String, String> acl,
                               Map<String, String> tags) {
    public ObjectAttributes {
        headers = new TreeMap<>(headers);
        acl = new TreeMap<>(acl);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public ObjectAttributes withStorageClass(String newClass) {
        return new ObjectAttributes(headers, newClass, acl, tags);
    }

    public ObjectAttributes withTags(Map<String, String> newTags) {
        return new ObjectAttributes(headers, storageClass, acl, newTags);
    }

    void store(Properties p) {
        p.setProperty("storageClass", storageClass);
        headers.forEach((k, v) -> p.setProperty("h." + k, v));
        acl.forEach((k, v) -> p.setProperty("acl." + k, v));
        // numbered, so that the order the client gave survives a restart
        int i = 0;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            p.setProperty("tag." + i + ".key", tag.getKey());
            p.setProperty("tag." + i + ".value", tag.getValue());
            i++;
        }
    }

    static ObjectAttributes load(Properties p) {
        SortedMap<String, String> headers = new TreeMap<>();
        SortedMap<String, String> acl = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("h.")) {
                headers.put(name.substring(2), p.getProperty(name));
            } else if (name.startsWith("acl.")) {
                acl.put(name.substring(4), p.getProperty(name));
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; p.getProperty("tag." + i + ".key") != null; i++) {
            tags.put(p.getProperty("tag." + i + ".key"), p.getProperty("tag." + i + ".value"));
        }
        return new ObjectAttributes(headers, p.getProperty("storageClass", "STANDARD"), acl, tags);
    }

    public static ObjectAttributes of(Map<String, String> headers, String storageClass, Map<String, String> acl) {
        return new ObjectAttributes(new TreeMap<>(headers), storageClass, new TreeMap<>(acl), Map.of());
    }
}
