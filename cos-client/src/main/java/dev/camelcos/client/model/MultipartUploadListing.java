package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** One page of List Multipart Uploads. */
@XmlRootElement(name = "ListMultipartUploadsResult")
public class MultipartUploadListing {

    @XmlElement(name = "Bucket")
    private String bucket;
    @XmlElement(name = "EncodingType")
    private String encodingType;
    @XmlElement(name = "KeyMarker")
    private String keyMarker;
    @XmlElement(name = "UploadIdMarker")
    private String uploadIdMarker;
    @XmlElement(name = "NextKeyMarker")
    private String nextKeyMarker;
    @XmlElement(name = "NextUploadIdMarker")
    private String nextUploadIdMarker;
    @XmlElement(name = "MaxUploads")
    private int maxUploads;
    @XmlElement(name = "IsTruncated")
    private boolean truncated;
    @XmlElement(name = "Prefix")
    private String prefix;
    @XmlElement(name = "Delimiter")
    private String delimiter;
    @XmlElement(name = "Upload")
    private List<MultipartUploadSummary> uploads = new ArrayList<>();
    @XmlElement(name = "CommonPrefixes")
    private List<CommonPrefix> commonPrefixes = new ArrayList<>();

    public MultipartUploadListing decodeUrlEncoding() {
        if ("url".equalsIgnoreCase(encodingType)) {
            keyMarker = ObjectListing.urlDecode(keyMarker);
            nextKeyMarker = ObjectListing.urlDecode(nextKeyMarker);
            prefix = ObjectListing.urlDecode(prefix);
            delimiter = ObjectListing.urlDecode(delimiter);
            uploads.forEach(MultipartUploadSummary::decodeKey);
            commonPrefixes.forEach(CommonPrefix::decode);
            encodingType = null;
        }
        return this;
    }

    public String getBucket() {
        return bucket;
    }

    public String getKeyMarker() {
        return keyMarker;
    }

    public String getUploadIdMarker() {
        return uploadIdMarker;
    }

    public String getNextKeyMarker() {
        return nextKeyMarker;
    }

    public String getNextUploadIdMarker() {
        return nextUploadIdMarker;
    }

    public int getMaxUploads() {
        return maxUploads;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public List<MultipartUploadSummary> getUploads() {
        return uploads;
    }

    public List<String> getCommonPrefixes() {
        return commonPrefixes.stream().map(CommonPrefix::getPrefix).toList();
    }
}
