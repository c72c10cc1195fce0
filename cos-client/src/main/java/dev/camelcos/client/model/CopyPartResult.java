package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlRootElement;

/** Upload Part - Copy's answer. */
@XmlRootElement(name = "CopyPartResult")
public class CopyPartResult extends CopyObjectResult {
}
