package dev.camelcos.client.model;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

/** One object of a listing. */
public class ObjectSummary {

    @XmlElement(name = "Key")
    private String key;
    @XmlElement(name = "LastModified")
    private String lastModified;
    @XmlElement(name = "ETag")
    private String etag;
    @XmlElement(name = "Size")
    private long size;
    @XmlElement(name = "Owner")
    private Owner owner;
    @XmlElement(name = "StorageClass")
    private String storageClass;

    public String getKey() {
        return key;
    }

    void decodeKey() {
        key = ObjectListing.urlDecode(key);
    }

    public Instant getLastModified() {
        return CosDates.parse(lastModified);
    }

    public String getETag() {
        return etag;
    }

    public long getSize() {
        return size;
    }

    public Owner getOwner() {
        return owner;
    }

    public String getStorageClass() {
        return storageClass;
    }

    /** A key ending in {@code /}: the marker COS's console makes for a folder. */
    public boolean isFolder() {
        return key != null && key.endsWith("/");
    }

    @Override
    public String toString() {
        return "ObjectSummary[key=" + key + ", size=" + size + ", etag=" + etag + "]";
    }
}
