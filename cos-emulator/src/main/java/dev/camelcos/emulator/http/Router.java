package dev.camelcos.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.camelcos.emulator.auth.SignatureVerifier;
import dev.camelcos.emulator.error.CosError;
import dev.camelcos.emulator.error.ErrorXml;
import dev.camelcos.emulator.handlers.BucketHandler;
import dev.camelcos.emulator.handlers.CorsHandler;
import dev.camelcos.emulator.handlers.CorsHeaders;
import dev.camelcos.emulator.handlers.HandlerContext;
import dev.camelcos.emulator.handlers.LifecycleHandler;
import dev.camelcos.emulator.handlers.MultipartHandler;
import dev.camelcos.emulator.handlers.ObjectHandler;
import dev.camelcos.emulator.handlers.PostObjectHandler;
import dev.camelcos.emulator.handlers.PublicReadAccess;
import dev.camelcos.emulator.handlers.VersioningHandler;
import dev.camelcos.emulator.handlers.TaggingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point for every HTTP exchange: addressing, recording, limits, signature, then the operation. */
public final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final SignatureVerifier verifier;
    private final Consumer<CosRequest> recorder;
    private final Clock clock;
    private final BucketHandler buckets;
    private final ObjectHandler objects;
    private final MultipartHandler multipart;
    private final CorsHandler cors;
    private final CorsHeaders corsHeaders;
    private final PublicReadAccess publicRead;
    private final VersioningHandler versioning;
    private final PostObjectHandler forms;
    private final LifecycleHandler lifecycle;
    private final TaggingHandler tagging;

    public Router(HandlerContext ctx, SignatureVerifier verifier, Consumer<CosRequest> recorder) {
        this.verifier = verifier;
        this.recorder = recorder;
        this.clock = ctx.clock();
        this.buckets = new BucketHandler(ctx);
        this.objects = new ObjectHandler(ctx);
        this.multipart = new MultipartHandler(ctx, objects);
        this.cors = new CorsHandler(ctx);
        this.corsHeaders = new CorsHeaders(ctx);
        this.publicRead = new PublicReadAccess(ctx);
        this.versioning = new VersioningHandler(ctx);
        this.forms = new PostObjectHandler(ctx, verifier, objects);
        this.lifecycle = new LifecycleHandler(ctx);
        this.tagging = new TaggingHandler(ctx);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        CosResponse response = new CosResponse(exchange, UUID.randomUUID().toString(), clock);
        String resource = exchange.getRequestURI().getRawPath();
        try (exchange) {
            try {
                CosRequest request = RequestParser.parse(exchange);
                resource = request.resource();
                recorder.accept(request);
                RequestParser.checkLimits(request);
                if (!request.method().equals("OPTIONS")) {
                    corsHeaders.apply(request, response);
                }
                boolean anonymousRead = unsigned(request) && publicRead.allows(request);
                // a form upload is signed in its fields; PostObjectHandler checks them
                boolean formUpload = PostObjectHandler.isFormUpload(request);
                if (!request.method().equals("OPTIONS") && !anonymousRead && !formUpload) {
                    verifier.verify(request.signed());
                }
                dispatch(request, response);
            } catch (CosError e) {
                fail(exchange, response, e, resource);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "request failed", e);
                fail(exchange, response, new CosError(500, "InternalError", "We encountered an internal error."), resource);
            }
        }
    }

    private static boolean unsigned(CosRequest request) {
        return request.header("authorization") == null && !request.hasQuery("q-signature");
    }

    /** Drains what is left of the request body so the connection can be reused, then answers the error. */
    private static void fail(HttpExchange exchange, CosResponse response, CosError error, String resource) {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException clientGone) {
            // nobody is left to answer; trying to would leave the JDK server holding the dead connection
            return;
        }
        try {
            response.xml(error.status(), ErrorXml.render(error, resource, response.requestId()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not send error response", e);
        }
    }

    private void dispatch(CosRequest r, CosResponse w) throws IOException {
        String m = r.method();
        if (r.bucket() == null) {
            if (m.equals("GET")) {
                buckets.listBuckets(r, w);
                return;
            }
            throw notAllowed();
        }
        if (m.equals("OPTIONS")) {
            cors.preflight(r, w);
        } else if (configurationOperation(r, w, m)) {
            return;
        } else if (r.key() == null) {
            bucketOperation(r, w, m);
        } else {
            objectOperation(r, w, m);
        }
    }

    private void bucketOperation(CosRequest r, CosResponse w, String m) throws IOException {
        if (r.hasQuery("cors")) {
            switch (m) {
                case "GET" -> cors.get(r, w);
                case "PUT" -> cors.put(r, w);
                case "DELETE" -> cors.delete(r, w);
                default -> throw notAllowed();
            }
            return;
        }
        if (r.hasQuery("versioning")) {
            switch (m) {
                case "GET" -> versioning.get(r, w);
                case "PUT" -> versioning.put(r, w);
                default -> throw notAllowed();
            }
            return;
        }
        if (m.equals("GET") && r.hasQuery("versions")) {
            versioning.list(r, w);
            return;
        }
        if (m.equals("PUT") && r.hasQuery("acl")) {
            buckets.putAcl(r, w);
            return;
        }
        if (PostObjectHandler.isFormUpload(r)) {
            forms.post(r, w);
            return;
        }
        switch (m) {
            case "GET" -> {
                if (r.hasQuery("uploads")) {
                    multipart.listUploads(r, w);
                } else {
                    buckets.listObjects(r, w);
                }
            }
            case "HEAD" -> buckets.head(r, w);
            case "PUT" -> buckets.create(r, w);
            case "DELETE" -> buckets.delete(r, w);
            case "POST" -> {
                if (!r.hasQuery("delete")) {
                    throw notAllowed();
                }
                buckets.deleteMultiple(r, w);
            }
            default -> throw notAllowed();
        }
    }

    private void objectOperation(CosRequest r, CosResponse w, String m) throws IOException {
        boolean copy = r.header("x-cos-copy-source") != null;
        if (m.equals("PUT") && r.hasQuery("acl")) {
            // answered rather than taken for a PUT Object, which would replace the object with the empty body
            throw new CosError(501, "NotImplemented", "PUT Object acl is not emulated.");
        }
        switch (m) {
            case "PUT" -> {
                if (r.hasQuery("uploadId") || r.hasQuery("partNumber")) {
                    if (copy) {
                        multipart.copyPart(r, w);
                    } else {
                        multipart.uploadPart(r, w);
                    }
                } else if (copy) {
                    objects.copy(r, w);
                } else {
                    objects.put(r, w);
                }
            }
            case "GET" -> {
                if (r.hasQuery("uploadId")) {
                    multipart.listParts(r, w);
                } else {
                    objects.read(r, w);
                }
            }
            case "HEAD" -> objects.read(r, w);
            case "DELETE" -> {
                if (r.hasQuery("uploadId")) {
                    multipart.abort(r, w);
                } else {
                    objects.delete(r, w);
                }
            }
            case "POST" -> {
                if (r.hasQuery("uploads")) {
                    multipart.initiate(r, w);
                } else if (r.hasQuery("uploadId")) {
                    multipart.complete(r, w);
                } else if (r.hasQuery("restore")) {
                    objects.restore(r, w);
                } else {
                    throw notAllowed();
                }
            }
            default -> throw notAllowed();
        }
    }

    // ---- configuration sub-resources: bucket lifecycle, object tagging

    /** Performs a lifecycle or tagging request; false when the request is for neither. */
    private boolean configurationOperation(CosRequest r, CosResponse w, String m) throws IOException {
        if (r.key() == null && r.hasQuery("lifecycle")) {
            switch (m) {
                case "GET" -> lifecycle.get(r, w);
                case "PUT" -> lifecycle.put(r, w);
                case "DELETE" -> lifecycle.delete(r, w);
                default -> throw notAllowed();
            }
            return true;
        }
        if (r.key() != null && r.hasQuery("tagging")) {
            switch (m) {
                case "GET" -> tagging.get(r, w);
                case "PUT" -> tagging.put(r, w);
                case "DELETE" -> tagging.delete(r, w);
                default -> throw notAllowed();
            }
            return true;
        }
        return false;
    }

    private static CosError notAllowed() {
        return new CosError(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    }
}
