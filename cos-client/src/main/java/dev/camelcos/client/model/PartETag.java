package dev.camelcos.client.model;

import java.util.Objects;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/** A part of a multipart upload as Complete names it: its number and the ETag Upload Part answered. */
public class PartETag implements Comparable<PartETag> {

    @XmlElement(name = "PartNumber")
    private int partNumber;
    @XmlElement(name = "ETag")
    private String etag;
    @XmlTransient
    private String crc64;
    @XmlTransient
    private long size = -1;

    PartETag() {
    }

    public PartETag(int partNumber, String etag) {
        this.partNumber = partNumber;
        this.etag = Objects.requireNonNull(etag, "etag");
    }

    /**
     * A part whose CRC64 and size are known as well (what Upload Part answered): with them a Complete whose answer
     * was lost can tell the object COS assembled from these parts from any other.
     */
    public PartETag(int partNumber, String etag, String crc64, long size) {
        this(partNumber, etag);
        this.crc64 = crc64;
        this.size = size;
    }

    /** The part's CRC64, or null when not known. */
    public String getCrc64() {
        return crc64;
    }

    /** The part's size in bytes, or -1 when not known. */
    public long getSize() {
        return size;
    }

    public int getPartNumber() {
        return partNumber;
    }

    public String getETag() {
        return etag;
    }

    @Override
    public int compareTo(PartETag other) {
        return Integer.compare(partNumber, other.partNumber);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartETag p && p.partNumber == partNumber && p.etag.equals(etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partNumber, etag);
    }

    @Override
    public String toString() {
        return "PartETag[" + partNumber + ", " + etag + "]";
    }
}
