package dev.camelcos.emulator.error;

import dev.camelcos.emulator.xml.XmlWriter;

/** Renders the COS error document. */
public final class ErrorXml {
    private ErrorXml() {
    }

    public static byte[] render(EmulatorError error, String resource, String requestId) {
        XmlWriter w = new XmlWriter("Error");
        w.element("Code", error.code());
        w.element("Message", error.getMessage());
        w.element("Resource", resource);
        w.element("RequestId", requestId);
        w.element("TraceId", requestId);
        return w.finish();
    }
}
