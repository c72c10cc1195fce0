package dev.camelcos.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import dev.camelcos.client.auth.CosCredentials;
import dev.camelcos.client.auth.CosCredentialsProvider;

/**
 * Signs {@link CosRequest}s with credentials asked for at each signing (temporary keys change), for a key time from a
 * little before the server's now, so that a server clock slightly behind ours still accepts it.
 */
final class RequestSigner {

    private static final long KEY_TIME_LEEWAY_SECONDS = 60;

    private final CosSigner signer = new CosSigner();
    private final CosEndpoints endpoints;
    private final CosCredentialsProvider credentials;
    private final ServerClock clock;

    RequestSigner(CosEndpoints endpoints, CosCredentialsProvider credentials, ServerClock clock) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.clock = clock;
    }

    ServerClock clock() {
        return clock;
    }

    /** A signature valid from {@code now} (less the leeway) for {@code validity}, and the token to send with it. */
    Signed sign(CosRequest request, String host, Instant now, Duration validity) {
        CosCredentials creds = credentials.credentials();
        Map<String, String> signed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.put("Host", host);
        request.headers().forEach((name, value) -> {
            if (CosSigner.isSigned(name)) {
                signed.put(name, value);
            }
        });
        long epoch = now.getEpochSecond();
        CosSigner.Signature signature = signer.sign(creds, request.method(),
                endpoints.signedPath(request.bucket(), request.key()), request.params(), signed,
                epoch - KEY_TIME_LEEWAY_SECONDS, epoch + validity.toSeconds());
        return new Signed(signature, creds.sessionToken());
    }

    /** The form fields that sign a browser upload's policy, valid until {@code end}. */
    Map<String, String> signPolicy(String policy, CosCredentials creds, Instant now, Instant end) {
        return signer.signPolicy(creds, policy, now.getEpochSecond() - KEY_TIME_LEEWAY_SECONDS, end.getEpochSecond());
    }

    CosCredentials credentials() {
        return credentials.credentials();
    }

    /** A signature and, for temporary credentials, the session token that must travel with it. */
    record Signed(CosSigner.Signature signature, String sessionToken) {
    }
}
