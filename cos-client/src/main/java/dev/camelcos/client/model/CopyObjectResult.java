package dev.camelcos.client.model;

import java.time.Instant;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;

/** PUT Object - Copy's answer (Upload Part - Copy answers the same fields as {@link CopyPartResult}). */
@XmlRootElement(name = "CopyObjectResult")
public class CopyObjectResult {

    @XmlElement(name = "ETag")
    private String etag;
    @XmlElement(name = "LastModified")
    private String lastModified;
    @XmlElement(name = "VersionId")
    private String versionId;
    @XmlElement(name = "CRC64")
    private String crc64;
    @XmlTransient
    private String requestId;

    public CopyObjectResult withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    public String getETag() {
        return etag;
    }

    public Instant getLastModified() {
        return CosDates.parse(lastModified);
    }

    public String getVersionId() {
        return versionId;
    }

    public String getCrc64() {
        return crc64;
    }

    public String getRequestId() {
        return requestId;
    }
}
