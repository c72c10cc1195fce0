package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.auth.SignatureVerifier;
import dev.camelcos.emulator.auth.UriCoding;
import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.EmulatorResponse;
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
    private final ObjectVersions versions;

    public PostObjectHandler(HandlerContext ctx, SignatureVerifier verifier) {
        this.ctx = ctx;
        this.store = ctx.store();
        this.verifier = verifier;
        this.versions = new ObjectVersions(ctx);
    }

    /** Whether the body is a multipart/form-data form, as a POST Object's is. */
    public static boolean hasFormBody(EmulatorRequest request) {
        return FormData.isFormData(request.header("content-type"));
    }

    public void postObject(EmulatorRequest request, EmulatorResponse response) throws IOException {
        if (!store.bucketExists(request.bucket())) {
            throw EmulatorError.noSuchBucket();
        }
        FormData form = FormData.open(request.body(), request.header("content-type"));
        Map<String, String> fields = form.fields;
        String encodedPolicy = fields.get("policy");
        if (encodedPolicy == null) {
            throw EmulatorError.accessDenied("Access Denied: a POST Object form needs a policy and its signature.");
        }
        PostPolicy policy = PostPolicy.decode(encodedPolicy);
        verifier.verifyPolicy(fields.get("q-sign-algorithm"), fields.get("q-ak"), fields.get("q-key-time"),
                policy.json(), fields.get("q-signature"), fields.get("x-cos-security-token"));
        String key = fields.get("key");
        if (key == null || key.isEmpty()) {
            throw EmulatorError.invalidArgument("A POST Object form needs a key field.");
        }
        policy.check(fields, request.bucket(), ctx.now());
        key = key.replace("${filename}", form.fileName);
        Map<String, String> headers = new HashMap<>(fields);
        if (form.fileContentType != null) {
            headers.putIfAbsent("content-type", form.fileContentType);
        }
        ObjectAttributes attributes = EmulatorObjectHeaders.fromHeaders(headers);
        StagedBody body = store.stage(form.file());
        try {
            policy.checkSize(body.size());
        } catch (EmulatorError e) {
            store.discard(body);
            throw e;
        }
        ObjectRecord stored = store.put(request.bucket(), key, body, HexFormat.of().formatHex(body.md5()), attributes,
                false);
        request.body().transferTo(OutputStream.nullOutputStream());
        answer(request, response, fields, stored);
    }

    private void answer(EmulatorRequest request, EmulatorResponse response, Map<String, String> fields, ObjectRecord stored)
            throws IOException {
        String etag = EmulatorObjectHeaders.quoted(stored.etag());
        String location = "http://" + request.bucket() + ".cos." + ctx.region() + ".myqcloud.com/"
                + UriCoding.encodeKeepSlash(stored.key());
        response.header("ETag", etag).header("Location", location);
        versions.versionHeader(request, response, stored);
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
