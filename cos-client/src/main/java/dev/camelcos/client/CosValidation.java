package dev.camelcos.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * COS's rules for names and values, checked before a request is sent so that a mistake costs no round trip and the
 * message names the value and the rule it breaks.
 */
public final class CosValidation {

    public static final int MAX_KEY_BYTES = 850;
    public static final int MAX_METADATA_BYTES = 2048;
    public static final int MIN_PART_NUMBER = 1;
    public static final int MAX_PART_NUMBER = 10_000;

    private static final int MAX_BUCKET_HOST = 60;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    /** Metadata names travel as header names ({@code x-cos-meta-<name>}), so they must be HTTP tokens. */
    private static final Pattern METADATA_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    private CosValidation() {
    }

    public static String bucket(String bucket) {
        if (bucket == null || bucket.isEmpty()) {
            throw new IllegalArgumentException("bucket name is missing: give it as BucketName-APPID");
        }
        if (!isBucketName(bucket)) {
            throw new IllegalArgumentException("bucket name '" + bucket + "' is invalid: it must be BucketName-APPID"
                    + " with only lower-case letters, digits and '-', not starting or ending with '-'"
                    + " (e.g. examplebucket-1250000000)");
        }
        if (bucket.length() > MAX_BUCKET_HOST) {
            throw new IllegalArgumentException("bucket name '" + bucket + "' is " + bucket.length()
                    + " characters long; COS allows at most " + MAX_BUCKET_HOST);
        }
        return bucket;
    }

    /**
     * Whether the name is {@code BucketName-APPID}: lower-case letters and digits in parts joined by single hyphens,
     * the last part digits. Read in one pass rather than by a regular expression, since every request checks it.
     */
    private static boolean isBucketName(String bucket) {
        int lastHyphen = -1;
        for (int i = 0; i < bucket.length(); i++) {
            char c = bucket.charAt(i);
            if (c == '-') {
                if (i == lastHyphen + 1) {
                    return false;
                }
                lastHyphen = i;
            } else if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
                return false;
            }
        }
        if (lastHyphen <= 0 || lastHyphen == bucket.length() - 1) {
            return false;
        }
        for (int i = lastHyphen + 1; i < bucket.length(); i++) {
            if (bucket.charAt(i) < '0' || bucket.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static String key(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("object key is missing or empty");
        }
        if (key.startsWith("/") || key.startsWith("\\")) {
            throw new IllegalArgumentException("object key '" + abbreviate(key)
                    + "' must not start with '/' or '\\'");
        }
        if (key.equals(".") || key.equals("..")) {
            // the only path segment, with no slash to escape: every HTTP library and browser resolves it away
            throw new IllegalArgumentException("object key '" + key + "' cannot be addressed: a key that is only '.'"
                    + " or '..' names the bucket itself in a URL; give it any other character (keys such as 'a/..'"
                    + " or './a' work)");
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("object key '" + abbreviate(key) + "' is " + bytes
                    + " bytes in UTF-8; COS allows at most " + MAX_KEY_BYTES);
        }
        return key;
    }

    public static String uploadId(String uploadId) {
        if (uploadId == null || uploadId.isBlank()) {
            throw new IllegalArgumentException("upload id is missing: give the id answered by initiateMultipartUpload");
        }
        return uploadId;
    }

    public static int partNumber(int partNumber) {
        if (partNumber < MIN_PART_NUMBER || partNumber > MAX_PART_NUMBER) {
            throw new IllegalArgumentException("part number " + partNumber + " is outside " + MIN_PART_NUMBER
                    + ".." + MAX_PART_NUMBER);
        }
        return partNumber;
    }

    /** A {@code bytes=first-last} range (either end may be omitted, not both; first <= last). */
    public static String range(String range) {
        if (range == null) {
            return null;
        }
        Matcher m = RANGE.matcher(range.trim());
        boolean valid = m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty());
        if (valid && !m.group(1).isEmpty() && !m.group(2).isEmpty()) {
            valid = m.group(1).length() < 19 && m.group(2).length() < 19
                    && Long.parseLong(m.group(1)) <= Long.parseLong(m.group(2));
        }
        if (!valid) {
            throw new IllegalArgumentException("range '" + range
                    + "' is malformed: expected bytes=first-last with first <= last, e.g. bytes=0-1023");
        }
        return range.trim();
    }

    /**
     * A part copy's source range: COS takes only a closed range ({@code bytes=first-last}), not the open forms a
     * GET accepts.
     */
    public static String copyRange(String range) {
        if (range == null) {
            return null;
        }
        Matcher m = RANGE.matcher(range(range));
        if (!m.matches() || m.group(1).isEmpty() || m.group(2).isEmpty()) {
            throw new IllegalArgumentException("copy source range '" + range + "' must be closed, bytes=first-last"
                    + " (e.g. bytes=0-1048575): COS refuses open ranges such as bytes=1024- in a part copy");
        }
        return m.group(0);
    }

    public static Map<String, String> metadata(Map<String, String> metadata) {
        if (metadata == null) {
            return null;
        }
        int total = 0;
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String name = e.getKey();
            if (name == null || !METADATA_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("metadata name '" + name + "' is not accepted by COS: use"
                        + " ASCII letters, digits and '-' only (it travels as header x-cos-meta-<name>)");
            }
            String value = e.getValue() == null ? "" : e.getValue();
            if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t')) {
                throw new IllegalArgumentException("metadata value of '" + name
                        + "' must be printable ASCII (HTTP header rules); URL-encode other text");
            }
            total += name.length() + value.length();
        }
        if (total > MAX_METADATA_BYTES) {
            throw new IllegalArgumentException("user metadata is " + total + " bytes; COS allows at most "
                    + MAX_METADATA_BYTES + " bytes of x-cos-meta-* names and values");
        }
        return metadata;
    }

    public static int positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + value);
        }
        return value;
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 60) + "...";
    }
}
