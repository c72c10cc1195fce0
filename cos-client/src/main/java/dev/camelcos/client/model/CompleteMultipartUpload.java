package dev.camelcos.client.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** The body of Complete Multipart Upload: the parts, in ascending order. */
@XmlRootElement(name = "CompleteMultipartUpload")
public class CompleteMultipartUpload {

    @XmlElement(name = "Part")
    private List<PartETag> parts = new ArrayList<>();

    CompleteMultipartUpload() {
    }

    public CompleteMultipartUpload(List<PartETag> parts) {
        this.parts = parts.stream().sorted().toList();
    }

    public List<PartETag> getParts() {
        return parts;
    }
}
