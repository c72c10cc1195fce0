package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

@XmlRootElement(name = "InitiateMultipartUploadResult")
public class InitiateMultipartUploadResult {

    @XmlElement(name = "Bucket")
    private String bucket;
    @XmlElement(name = "Key")
    private String key;
    @XmlElement(name = "UploadId")
    private String uploadId;

    public String getBucket() {
        return bucket;
    }

    public String getKey() {
        return key;
    }

    public String getUploadId() {
        return uploadId;
    }
}
