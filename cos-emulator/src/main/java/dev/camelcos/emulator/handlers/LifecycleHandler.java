package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlElement;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.util.List;

/**
 * Bucket lifecycle configuration (?lifecycle): checked and stored as COS would, and answered back. The rules are
 * not run: COS applies them once a day, which no test waits for.
 */
public final class LifecycleHandler {
    private final StoredConfiguration lifecycle;

    public LifecycleHandler(HandlerContext ctx) {
        this.lifecycle = new StoredConfiguration(ctx.store(), Store.LIFECYCLE, "NoSuchLifecycleConfiguration",
                "The lifecycle configuration does not exist.");
    }

    public void putBucketLifecycle(EmulatorRequest request, EmulatorResponse response) throws IOException {
        byte[] body = request.xmlBody();
        Uploads.checkDigest(request, body);
        List<LifecycleRule> rules = LifecycleRule.parse(XmlElement.parse(body, "LifecycleConfiguration"));
        XmlWriter xml = new XmlWriter("LifecycleConfiguration");
        rules.forEach(r -> r.write(xml));
        lifecycle.put(request, response, xml.finish());
    }

    public void getBucketLifecycle(EmulatorRequest request, EmulatorResponse response) throws IOException {
        lifecycle.get(request, response);
    }

    public void deleteBucketLifecycle(EmulatorRequest request, EmulatorResponse response) throws IOException {
        lifecycle.delete(request, response);
    }
}
