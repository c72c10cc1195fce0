package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** One page of List Parts. */
@XmlRootElement(name = "ListPartsResult")
public class PartListing {

    @XmlElement(name = "Bucket")
    private String bucket;
    @XmlElement(name = "Key")
    private String key;
    @XmlElement(name = "UploadId")
    private String uploadId;
    @XmlElement(name = "Initiator")
    private Owner initiator;
    @XmlElement(name = "Owner")
    private Owner owner;
    @XmlElement(name = "StorageClass")
    private String storageClass;
    @XmlElement(name = "PartNumberMarker")
    private Integer partNumberMarker;
    @XmlElement(name = "NextPartNumberMarker")
    private Integer nextPartNumberMarker;
    @XmlElement(name = "MaxParts")
    private int maxParts;
    @XmlElement(name = "IsTruncated")
    private boolean truncated;
    @XmlElement(name = "Part")
    private List<PartSummary> parts = new ArrayList<>();

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public String getUploadId() {
        return uploadId;
    }

    public Owner getInitiator() {
        return initiator;
    }

    public Owner getOwner() {
        return owner;
    }

    public String getStorageClass() {
        return storageClass;
    }

    public Integer getPartNumberMarker() {
        return partNumberMarker;
    }

    public Integer getNextPartNumberMarker() {
        return nextPartNumberMarker;
    }

    public int getMaxParts() {
        return maxParts;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public List<PartSummary> getParts() {
        return parts;
    }
}
