package dev.camelcos.client.model;

import java.util.Objects;

import jakarta.xml.bind.annotation.XmlElement;

/** A part of a multipart upload as Complete names it: its number and the ETag Upload Part answered. */
public class PartETag implements Comparable<PartETag> {

    @XmlElement(name = "PartNumber")
    private int partNumber;
    @XmlElement(name = "ETag")
    private String etag;

    PartETag() {
    }

    public PartETag(int partNumber, String etag) {
        this.partNumber = partNumber;
        this.etag = Objects.requireNonNull(etag, "etag");
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
