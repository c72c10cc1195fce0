package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;

@XmlRootElement(name = "CompleteMultipartUploadResult")
public class CompleteMultipartUploadResult {

    @XmlElement(name = "Location")
    private String location;
    @XmlElement(name = "Bucket")
    private String bucket;
    @XmlElement(name = "Key")
    private String key;
    @XmlElement(name = "ETag")
    private String etag;
    @XmlTransient
    private String crc64;
    @XmlTransient
    private String versionId;
    @XmlTransient
    private String requestId;

    /** The result of a Complete whose answer was lost, from the assembled object as HEAD showed it. */
    public static CompleteMultipartUploadResult ofAssembled(String bucket, String key, ObjectMetadata head) {
        CompleteMultipartUploadResult result = new CompleteMultipartUploadResult();
        result.bucket = bucket;
        result.key = key;
        result.etag = head.getETag();
        return result.withHeaders(head.getCrc64(), head.getVersionId(), null);
    }

    public CompleteMultipartUploadResult withHeaders(String crc64, String versionId, String requestId) {
        this.crc64 = crc64;
        this.versionId = versionId;
        this.requestId = requestId;
        return this;
    }

    public String getLocation() {
        return location;
    }

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public String getETag() {
        return etag;
    }

    /** The whole object's CRC64, when every part had one. */
    public String getCrc64() {
        return crc64;
    }

    public String getVersionId() {
        return versionId;
    }

    public String getRequestId() {
        return requestId;
    }
}
