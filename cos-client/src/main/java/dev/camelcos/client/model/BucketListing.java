package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

/** GET Service. */
@XmlRootElement(name = "ListAllMyBucketsResult")
public class BucketListing {

    @XmlElement(name = "Owner")
    private Owner owner;
    @XmlElementWrapper(name = "Buckets")
    @XmlElement(name = "Bucket")
    private List<BucketSummary> buckets = new ArrayList<>();

    public Owner getOwner() {
        return owner;
    }

    public List<BucketSummary> getBuckets() {
        return buckets;
    }
}
