package dev.camelcos.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosError;
import okhttp3.Response;

/** Reads COS's {@code <Error>} answers into {@link CosServiceException}s. */
final class CosErrors {

    /** Error documents are small; a longer body is not one. */
    static final long MAX_ERROR_BODY = 64 * 1024;

    private CosErrors() {
    }

    /** The error document of an answer, peeked so that the body stays readable; null when there is none. */
    static CosError peek(Response response) {
        try {
            byte[] bytes = response.peekBody(MAX_ERROR_BODY).bytes();
            return bytes.length == 0 ? null : parse(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static CosError parse(byte[] bytes) {
        try {
            return CosXml.read(new ByteArrayInputStream(bytes)) instanceof CosError error ? error : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The exception for an error answer; without an error document the status says what it most likely means. */
    static CosServiceException toException(CosRequest request, Response response, CosError error) {
        String requestId = response.header("x-cos-request-id");
        String traceId = response.header("x-cos-trace-id");
        if (error == null) {
            return new CosServiceException(response.code(), fallbackCode(request, response.code()),
                    fallbackMessage(request, response.code()), requestId, traceId, request.describe());
        }
        return new CosServiceException(response.code(), error.getCode(), error.getMessage(),
                error.getRequestId() != null ? error.getRequestId() : requestId,
                error.getTraceId() != null ? error.getTraceId() : traceId,
                error.getResource() != null ? error.getResource() : request.describe());
    }

    /** HEAD answers carry no body, so the code comes from the status. */
    private static String fallbackCode(CosRequest request, int status) {
        return switch (status) {
            case 304 -> "NotModified";
            case 403 -> "AccessDenied";
            case 404 -> request.key() != null ? "NoSuchKey" : "NoSuchBucket";
            case 409 -> "Conflict";
            case 412 -> "PreconditionFailed";
            case 416 -> "InvalidRange";
            case 503 -> "ServiceUnavailable";
            default -> null;
        };
    }

    /** Without a body the user sees only the status, so say what it most likely means and what to check. */
    private static String fallbackMessage(CosRequest request, int status) {
        return switch (status) {
            case 403 -> "COS sent no details (" + request.method() + " answers without a body); most likely the"
                    + " SecretId/SecretKey are wrong or expired, the session token of temporary credentials is"
                    + " missing or expired, or the key has no permission on this bucket";
            case 404 -> request.key() != null ? "the object does not exist" : "the bucket does not exist in this region";
            default -> null;
        };
    }
}
