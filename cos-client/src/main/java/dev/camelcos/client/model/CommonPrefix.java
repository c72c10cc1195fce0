package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlElement;

public class CommonPrefix {

    @XmlElement(name = "Prefix")
    private String prefix;

    public String getPrefix() {
        return prefix;
    }

    void decode() {
        prefix = ObjectListing.urlDecode(prefix);
    }
}
