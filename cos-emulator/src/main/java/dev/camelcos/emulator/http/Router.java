package dev.camelcos.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.camelcos.emulator.auth.SignatureVerifier;
import dev.camelcos.emulator.error.EmulatorError;
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
import dev.camelcos.emulator.handlers.Refusals;
import dev.camelcos.emulator.handlers.TaggingHandler;
import dev.camelcos.emulator.handlers.VersioningHandler;
import dev.camelcos.emulator.store.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point for every HTTP exchange: addressing, recording, limits, signature, then the operation the
 * {@link OperationTable} names, performed by the handler method of the same name.
 */
public final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    /** A handler method: every one takes the request and answers on the response. */
    private interface Handler {
        void handle(EmulatorRequest request, EmulatorResponse response) throws IOException;
    }

    private final SignatureVerifier verifier;
    private final Consumer<EmulatorRequest> recorder;
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

    public Router(HandlerContext ctx, SignatureVerifier verifier, Consumer<EmulatorRequest> recorder) {
        this.verifier = verifier;
        this.recorder = recorder;
        this.clock = ctx.clock();
        this.buckets = new BucketHandler(ctx);
        this.objects = new ObjectHandler(ctx);
        this.multipart = new MultipartHandler(ctx);
        this.cors = new CorsHandler(ctx);
        this.corsHeaders = new CorsHeaders(ctx);
        this.publicRead = new PublicReadAccess(ctx);
        this.versioning = new VersioningHandler(ctx);
        this.forms = new PostObjectHandler(ctx, verifier);
        this.lifecycle = new LifecycleHandler(ctx);
        this.tagging = new TaggingHandler(ctx);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        EmulatorResponse response = new EmulatorResponse(exchange, UUID.randomUUID().toString(), clock);
        String resource = exchange.getRequestURI().getRawPath();
        try (exchange) {
            try {
                EmulatorRequest request = RequestParser.parse(exchange);
                resource = request.resource();
                recorder.accept(request);
                RequestParser.checkLimits(request);
                boolean preflight = request.method().equals("OPTIONS");
                if (!preflight) {
                    corsHeaders.apply(request, response);
                }
                Optional<Operation> operation = OperationTable.lookup(request);
                boolean anonymousRead = unsigned(request) && publicRead.allows(request);
                // a form upload is signed in its fields; PostObjectHandler checks them
                boolean formUpload = operation.equals(Optional.of(Operation.PostObject));
                if (!preflight && !anonymousRead && !formUpload) {
                    verifier.verify(request.signed());
                }
                handler(operation.orElseThrow(Router::notAllowed)).handle(request, response);
            } catch (Refusal e) {
                fail(exchange, response, Refusals.answer(e), resource);
            } catch (EmulatorError e) {
                fail(exchange, response, e, resource);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "request failed", e);
                fail(exchange, response, new EmulatorError(500, "InternalError", "We encountered an internal error."), resource);
            }
        }
    }

    private Handler handler(Operation operation) {
        return switch (operation) {
            case ListBuckets -> buckets::listBuckets;
            case PutBucket -> buckets::putBucket;
            case HeadBucket -> buckets::headBucket;
            case DeleteBucket -> buckets::deleteBucket;
            case PutBucketAcl -> buckets::putBucketAcl;
            case GetBucket -> buckets::getBucket;
            case DeleteMultipleObjects -> buckets::deleteMultipleObjects;
            case GetBucketObjectVersions -> versioning::getBucketObjectVersions;
            case PutBucketVersioning -> versioning::putBucketVersioning;
            case GetBucketVersioning -> versioning::getBucketVersioning;
            case PutBucketCors -> cors::putBucketCors;
            case GetBucketCors -> cors::getBucketCors;
            case DeleteBucketCors -> cors::deleteBucketCors;
            case OptionsObject -> cors::optionsObject;
            case PutBucketLifecycle -> lifecycle::putBucketLifecycle;
            case GetBucketLifecycle -> lifecycle::getBucketLifecycle;
            case DeleteBucketLifecycle -> lifecycle::deleteBucketLifecycle;
            case PostObject -> forms::postObject;
            case PutObject -> objects::putObject;
            case CopyObject -> objects::copyObject;
            case GetObject -> objects::getObject;
            case HeadObject -> objects::headObject;
            case DeleteObject -> objects::deleteObject;
            case PostObjectRestore -> objects::postObjectRestore;
            case PutObjectAcl -> objects::putObjectAcl;
            case PutObjectTagging -> tagging::putObjectTagging;
            case GetObjectTagging -> tagging::getObjectTagging;
            case DeleteObjectTagging -> tagging::deleteObjectTagging;
            case InitiateMultipartUpload -> multipart::initiateMultipartUpload;
            case UploadPart -> multipart::uploadPart;
            case UploadPartCopy -> multipart::uploadPartCopy;
            case ListParts -> multipart::listParts;
            case CompleteMultipartUpload -> multipart::completeMultipartUpload;
            case AbortMultipartUpload -> multipart::abortMultipartUpload;
            case ListMultipartUploads -> multipart::listMultipartUploads;
        };
    }

    private static boolean unsigned(EmulatorRequest request) {
        return request.header("authorization") == null && !request.hasQuery("q-signature");
    }

    /** Drains what is left of the request body so the connection can be reused, then answers the error. */
    private static void fail(HttpExchange exchange, EmulatorResponse response, EmulatorError error, String resource) {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
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

    /** COS's answer to a method its resource does not take, or a request no operation matches. */
    private static EmulatorError notAllowed() {
        return new EmulatorError(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
    }
}
