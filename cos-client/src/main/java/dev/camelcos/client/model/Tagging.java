package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** The body of PUT and GET Object tagging: an object's tags, at most 10, in the order they were given. */
@XmlRootElement(name = "Tagging")
public class Tagging {

    public static final int MAX_TAGS = 10;
    public static final int MAX_KEY_LENGTH = 128;
    public static final int MAX_VALUE_LENGTH = 256;
    /** Letters (any script), digits, spaces and + - = . _ : / @, as COS documents for tag keys and values. */
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N} +\\-=._:/@]*");

    @XmlElement(name = "TagSet")
    private TagSet tagSet = new TagSet();

    Tagging() {
    }

    /**
     * @throws IllegalArgumentException when the tags break one of COS's rules, naming the tag and the rule
     */
    public Tagging(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("an object has at most " + MAX_TAGS + " tags, " + tags.size()
                    + " were given: " + tags.keySet());
        }
        tags.forEach(Tagging::check);
        tags.forEach((k, v) -> tagSet.tags.add(new Tag(k, v)));
    }

    private static void check(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || !TEXT.matcher(key).matches()) {
            throw new IllegalArgumentException("tag key '" + key + "' is invalid: it must be 1 to " + MAX_KEY_LENGTH
                    + " letters, digits, spaces or + - = . _ : / @");
        }
        if (value == null || value.length() > MAX_VALUE_LENGTH || !TEXT.matcher(value).matches()) {
            throw new IllegalArgumentException("value '" + value + "' of tag " + key + " is invalid: it must be at"
                    + " most " + MAX_VALUE_LENGTH + " letters, digits, spaces or + - = . _ : / @");
        }
    }

    /** The tags by key, in order. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        tagSet.tags.forEach(t -> map.put(t.key, t.value == null ? "" : t.value));
        return map;
    }

    static class TagSet {
        @XmlElement(name = "Tag")
        private List<Tag> tags = new ArrayList<>();
    }

    static class Tag {
        @XmlElement(name = "Key")
        private String key;
        @XmlElement(name = "Value")
        private String value;

        Tag() {
        }

        Tag(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }
}
