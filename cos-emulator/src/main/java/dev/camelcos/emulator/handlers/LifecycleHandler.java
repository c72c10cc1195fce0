package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.CosError;
import dev.camelcos.emulator.http.CosRequest;
import dev.camelcos.emulator.http.CosResponse;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bucket lifecycle configuration (?lifecycle): checked and stored as COS would, and answered back. The rules are
 * not run: COS applies them once a day, which no test waits for.
 */
public final class LifecycleHandler {
    private final Store store;

    public LifecycleHandler(HandlerContext ctx) {
        this.store = ctx.store();
    }

    public void put(CosRequest request, CosResponse response) throws IOException {
        byte[] body = request.xmlBody();
        Uploads.checkDigest(request, body);
        List<LifecycleRule> rules = LifecycleRule.parse(XmlElement.parse(body, "LifecycleConfiguration"));
        XmlWriter xml = new XmlWriter("LifecycleConfiguration");
        rules.forEach(r -> r.write(xml));
        store.setConfiguration(request.bucket(), Store.LIFECYCLE, new String(xml.finish(), StandardCharsets.UTF_8));
        response.empty(200);
    }

    public void get(CosRequest request, CosResponse response) throws IOException {
        String xml = store.configuration(request.bucket(), Store.LIFECYCLE);
        if (xml == null) {
            throw new CosError(404, "NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist.");
        }
        response.xml(200, xml.getBytes(StandardCharsets.UTF_8));
    }

    public void delete(CosRequest request, CosResponse response) throws IOException {
        store.setConfiguration(request.bucket(), Store.LIFECYCLE, null);
        response.empty(204);
    }
}
