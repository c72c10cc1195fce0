package dev.camelcos.emulator.store;

import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a client sets on an object besides its bytes.
 *
 * @param headers response headers echoed on GET/HEAD (content type, caching, user metadata, encryption), lower-case names
 * @param acl     x-cos-acl and x-cos-grant-* as sent; kept, never enforced
 */
public record ObjectAttributes(SortedMap<String, String> headers, String storageClass, SortedMap<String, String> acl) {
    public ObjectAttributes {
        headers = new TreeMap<>(headers);
        acl = new TreeMap<>(acl);
    }

    void store(Properties p) {
        p.setProperty("storageClass", storageClass);
        headers.forEach((k, v) -> p.setProperty("h." + k, v));
        acl.forEach((k, v) -> p.setProperty("acl." + k, v));
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
        return new ObjectAttributes(headers, p.getProperty("storageClass", "STANDARD"), acl);
    }

    public static ObjectAttributes of(Map<String, String> headers, String storageClass, Map<String, String> acl) {
        return new ObjectAttributes(new TreeMap<>(headers), storageClass, new TreeMap<>(acl));
    }
}
