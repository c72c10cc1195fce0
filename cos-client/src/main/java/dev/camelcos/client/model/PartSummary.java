package dev.camelcos.client.model;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

/** A part already uploaded, as List Parts shows it. */
public class PartSummary {

    @XmlElement(name = "PartNumber")
    private int partNumber;
    @XmlElement(name = "LastModified")
    private String lastModified;
    @XmlElement(name = "ETag")
    private String etag;
    @XmlElement(name = "Size")
    private long size;

    public int getPartNumber() {
        return partNumber;
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

    public PartETag toPartETag() {
        return new PartETag(partNumber, etag);
    }

    @Override
    public String toString() {
        return "PartSummary[partNumber=" + partNumber + ", size=" + size + ", etag=" + etag + ", lastModified="
                + lastModified + "]";
    }
}
