/**
 * COS's XML bodies as JAXB classes (element names exactly as COS spells them) and the typed results built from them
 * and from response headers.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package dev.camelcos.client.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
