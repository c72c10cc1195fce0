package dev.camelcos.client.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import dev.camelcos.client.model.CosDates;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Signs every attempt afresh: a retry or a clock correction must not resend an old or skewed signature. */
final class SigningInterceptor implements Interceptor {

    private final RequestSigner signer;
    private final Duration validity;

    SigningInterceptor(RequestSigner signer, Duration validity) {
        this.signer = signer;
        this.validity = validity;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request http = chain.request();
        CosRequest request = CosRequest.from(http);
        request.attempted();
        Instant now = signer.clock().now();
        RequestSigner.Signed signed = signer.sign(request, http.header("Host"), now, validity);
        Request.Builder builder = http.newBuilder()
                .header("Date", CosDates.rfc1123(now))
                .header("Authorization", signed.signature().authorization());
        if (signed.sessionToken() != null) {
            builder.header(CosSigner.SECURITY_TOKEN, signed.sessionToken());
        }
        return chain.proceed(builder.build());
    }
}
