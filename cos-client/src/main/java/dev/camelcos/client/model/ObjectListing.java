package dev.camelcos.client.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;

/** One page of GET Bucket. */
@XmlRootElement(name = "ListBucketResult")
public class ObjectListing {

    @XmlElement(name = "Name")
    private String name;
    @XmlElement(name = "EncodingType")
    private String encodingType;
    @XmlElement(name = "Prefix")
    private String prefix;
    @XmlElement(name = "Marker")
    private String marker;
    @XmlElement(name = "MaxKeys")
    private int maxKeys;
    @XmlElement(name = "Delimiter")
    private String delimiter;
    @XmlElement(name = "IsTruncated")
    private boolean truncated;
    @XmlElement(name = "NextMarker")
    private String nextMarker;
    @XmlElement(name = "Contents")
    private List<ObjectSummary> contents = new ArrayList<>();
    @XmlElement(name = "CommonPrefixes")
    private List<CommonPrefix> commonPrefixes = new ArrayList<>();
    /** The Date header of the answer: COS's clock, the one LastModified values are on. */
    @XmlTransient
    private Instant serverTime;

    /** Undoes {@code encoding-type=url}, which the client always asks for so that any key survives XML. */
    public ObjectListing decodeUrlEncoding() {
        if ("url".equalsIgnoreCase(encodingType)) {
            prefix = urlDecode(prefix);
            marker = urlDecode(marker);
            nextMarker = urlDecode(nextMarker);
            delimiter = urlDecode(delimiter);
            contents.forEach(ObjectSummary::decodeKey);
            commonPrefixes.forEach(CommonPrefix::decode);
            encodingType = null;
        }
        return this;
    }

    /** Records when COS answered (its Date header). */
    public ObjectListing withServerTime(Instant serverTime) {
        this.serverTime = serverTime;
        return this;
    }

    /**
     * COS's time when it answered, or null if it sent no Date header. Comparing LastModified values with this instead
     * of the local clock makes age checks immune to a skewed local clock.
     */
    public Instant getServerTime() {
        return serverTime;
    }

    static String urlDecode(String s) {
        return s == null ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getMarker() {
        return marker;
    }

    public int getMaxKeys() {
        return maxKeys;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public boolean isTruncated() {
        return truncated;
    }

    /**
     * Where the next page starts: COS's NextMarker, or the last key of this page when COS left it out (it does
     * without a delimiter); null when this is the last page.
     */
    public String getNextMarker() {
        if (!truncated) {
            return null;
        }
        if (nextMarker != null && !nextMarker.isEmpty()) {
            return nextMarker;
        }
        String lastKey = contents.isEmpty() ? null : contents.get(contents.size() - 1).getKey();
        String lastPrefix = commonPrefixes.isEmpty() ? null
                : commonPrefixes.get(commonPrefixes.size() - 1).getPrefix();
        if (lastKey == null || lastPrefix != null && lastPrefix.compareTo(lastKey) > 0) {
            return lastPrefix;
        }
        return lastKey;
    }

    public List<ObjectSummary> getContents() {
        return contents;
    }

    public List<String> getCommonPrefixes() {
        return commonPrefixes.stream().map(CommonPrefix::getPrefix).toList();
    }
}
