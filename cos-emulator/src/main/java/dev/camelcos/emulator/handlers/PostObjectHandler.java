package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.auth.SignatureVerifier;
import dev.camelcos.emulator.auth.UriCoding;
import dev.camelcos.emulator.error.CosError;
import dev.camelcos.emulator.http.CosRequest;
import dev.camelcos.emulator.http.CosResponse;
import dev.camelcos.emulator.store.ObjectAttributes;
import dev.camelcos.emulator.store.ObjectRecord;
import dev.camelcos.emulator.store.StagedBody;
import dev.camelcos.emulator.store.Store;
import dev.camelcos.emulator.xml.XmlWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * POST Object: an HTML form upload, authorised by the form's signed policy instead of an Authorization header.
 * The policy is checked before the file is read, the file's size once it is staged; nothing is written unless
 * everything holds.
 */
public final class PostObjectHandler {
    private final HandlerContext ctx;
    private final Store store;
    private final SignatureVerifier verifier;
    private final ObjectHandler objects;

    public PostObjectHandler(HandlerContext ctx, SignatureVerifier verifier, ObjectHandler objects) {
        this.ctx = ctx;
        this.store = ctx.store();
        this.verifier = verifier;
        this.objects = objects;
    }

    /** A POST to a bucket with a multipart/form-data body; it carries its own signature. */
    public static boolean isFormUpload(CosRequest request) {
        return request.method().equals("POST") && request.bucket() != null && request.key() == null
                && FormData.isFormData(request.header("content-type"));
    }

    public void post(CosRequest request, CosResponse response) throws IOException {
        if (!store.bucketExists(request.bucket())) {
            throw CosError.noSuchBucket();
        }
        FormData form = FormData.open(request.body(), request.header("content-type"));
        Map<String, String> fields = form.fields;
        String encodedPolicy = fields.get("policy");
        if (encodedPolicy == null) {
            throw CosError.accessDenied("Access Denied: a POST Object form needs a policy and its signature.");
        }
        PostPolicy policy = PostPolicy.decode(encodedPolicy);
        verifier.verifyPolicy(fields.get("q-sign-algorithm"), fields.get("q-ak"), fields.get("q-key-time"),
                policy.json(), fields.get("q-signature"), fields.get("x-cos-security-token"));
        String key = fields.get("key");
        if (key == null || key.isEmpty()) {
            throw CosError.invalidArgument("A POST Object form needs a key field.");
        }
        policy.check(fields, request.bucket(), ctx.now());
        key = key.replace("${filename}", form.fileName);
        Map<String, String> headers = new HashMap<>(fields);
        if (form.fileContentType != null) {
            headers.putIfAbsent("content-type", form.fileContentType);
        }
        ObjectAttributes attributes = ObjectHeaders.fromHeaders(headers);
        StagedBody body = store.stage(form.file());
        try {
            policy.checkSize(body.size());
        } catch (CosError e) {
            store.discard(body);
            throw e;
        }
        ObjectRecord stored = store.put(request.bucket(), key, body, HexFormat.of().formatHex(body.md5()), attributes,
                false);
        request.body().transferTo(OutputStream.nullOutputStream());
        answer(request, response, fields, stored);
    }

    private void answer(CosRequest request, CosResponse response, Map<String, String> fields, ObjectRecord stored)
            throws IOException {
        String etag = ObjectHeaders.quoted(stored.etag());
        String location = "http://" + request.bucket() + ".cos." + ctx.region() + ".myqcloud.com/"
                + UriCoding.encodeKeepSlash(stored.key());
        response.header("ETag", etag).header("Location", location);
        objects.versionHeader(request, response, stored);
        String redirect = fields.get("success_action_redirect");
        if (redirect != null && !redirect.isEmpty()) {
            response.header("Location", redirect + (redirect.contains("?") ? "&" : "?") + "bucket="
                    + UriCoding.encode(request.bucket()) + "&key=" + UriCoding.encode(stored.key())
                    + "&etag=" + UriCoding.encode(etag));
            response.empty(303);
            return;
        }
        switch (fields.getOrDefault("success_action_status", "204")) {
            case "200" -> response.empty(200);
            case "201" -> response.xml(201, new XmlWriter("PostResponse")
                    .element("Location", location)
                    .element("Bucket", request.bucket())
                    .element("Key", stored.key())
                    .element("ETag", etag)
                    .finish());
            default -> response.empty(204);
        }
    }
}
