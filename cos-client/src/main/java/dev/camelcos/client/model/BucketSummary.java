package dev.camelcos.client.model;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;

public class BucketSummary {

    @XmlElement(name = "Name")
    private String name;
    @XmlElement(name = "Location")
    private String location;
    @XmlElement(name = "CreationDate")
    private String creationDate;

    public String getName() {
        return name;
    }

    /** The bucket's region. */
    public String getLocation() {
        return location;
    }

    public Instant getCreationDate() {
        return CosDates.parse(creationDate);
    }

    @Override
    public String toString() {
        return "BucketSummary[name=" + name + ", location=" + location + "]";
    }
}
