package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** COS's error body. */
@XmlRootElement(name = "Error")
public class CosError {

    @XmlElement(name = "Code")
    private String code;
    @XmlElement(name = "Message")
    private String message;
    @XmlElement(name = "Resource")
    private String resource;
    @XmlElement(name = "RequestId")
    private String requestId;
    @XmlElement(name = "TraceId")
    private String traceId;

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    public String getResource() {
        return resource;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getTraceId() {
        return traceId;
    }
}
