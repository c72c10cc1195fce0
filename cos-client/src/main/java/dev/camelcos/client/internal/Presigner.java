package dev.camelcos.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelcos.client.auth.CosCredentials;
import dev.camelcos.client.model.UploadForm;
import dev.camelcos.client.model.UploadFormRequest;
import okhttp3.HttpUrl;

/** Signs what others send later: pre-signed URLs and browser form uploads. */
public final class Presigner {

    private final CosEndpoints endpoints;
    private final RequestSigner signer;

    Presigner(CosEndpoints endpoints, RequestSigner signer) {
        this.endpoints = endpoints;
        this.signer = signer;
    }

    /** A pre-signed URL: the signature travels in the query, valid for {@code expiry}. */
    public String presign(CosRequest request, Duration expiry) {
        if (expiry == null || expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("link expiration must be a positive duration, was " + expiry);
        }
        HttpUrl url = endpoints.url(request.bucket(), request.key());
        RequestSigner.Signed signed = signer.sign(request, CosEndpoints.hostHeader(url), signer.clock().now(), expiry);
        HttpUrl.Builder b = url.newBuilder();
        request.params().forEach(b::addQueryParameter);
        signed.signature().pairs().forEach(b::addQueryParameter);
        if (signed.sessionToken() != null) {
            b.addQueryParameter(CosSigner.SECURITY_TOKEN, signed.sessionToken());
        }
        return b.build().toString();
    }

    /** Signs a browser form upload for {@code bucket}; nothing is sent. */
    public UploadForm uploadForm(UploadFormRequest form) {
        CosCredentials creds = signer.credentials();
        Instant now = signer.clock().now();
        Instant end = Instant.ofEpochSecond(now.getEpochSecond() + form.getExpiration().toSeconds());
        String policy = form.policy(end, creds.secretId());
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.putAll(signer.signPolicy(policy, creds, now, end));
        return new UploadForm(endpoints.url(form.getBucket(), null).toString(), fields, end);
    }
}
