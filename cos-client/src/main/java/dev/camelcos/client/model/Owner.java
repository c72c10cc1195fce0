package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlElement;

public class Owner {

    @XmlElement(name = "ID")
    private String id;
    @XmlElement(name = "DisplayName")
    private String displayName;

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }
}
