package dev.camelcos.client.model;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

/** An unfinished multipart upload. */
public class MultipartUploadSummary {

    @XmlElement(name = "Key")
    private String key;
    @XmlElement(name = "UploadId")
    private String uploadId;
    @XmlElement(name = "StorageClass")
    private String storageClass;
    @XmlElement(name = "Initiator")
    private Owner initiator;
    @XmlElement(name = "Owner")
    private Owner owner;
    @XmlElement(name = "Initiated")
    private String initiated;

    public String getKey() {
        return key;
    }

    void decodeKey() {
        key = ObjectListing.urlDecode(key);
    }

    public String getUploadId() {
        return uploadId;
    }

    public String getStorageClass() {
        return storageClass;
    }

    public Owner getInitiator() {
        return initiator;
    }

    public Owner getOwner() {
        return owner;
    }

    public Instant getInitiated() {
        return CosDates.parse(initiated);
    }

    @Override
    public String toString() {
        return "MultipartUploadSummary[key=" + key + ", uploadId=" + uploadId + ", initiated=" + initiated + "]";
    }
}
