package dev.camelcos.client.internal;

import java.io.IOException;
import java.time.Instant;

import dev.camelcos.client.model.CosDates;
import dev.camelcos.client.model.CosError;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * When COS refuses a request as signed at the wrong time, learns the server's time from the answer's Date and sends
 * the request once more, signed again (the signing interceptor sits below this one).
 */
final class ClockSkewInterceptor implements Interceptor {

    private final ServerClock clock;

    ClockSkewInterceptor(ServerClock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() != 403 || !CosRequest.from(chain.request()).canBeSentAgain()) {
            return response;
        }
        CosError error = CosErrors.peek(response);
        if (error == null || !"RequestTimeTooSkewed".equals(error.getCode())) {
            return response;
        }
        Instant serverTime = serverTime(response);
        if (serverTime == null) {
            return response;
        }
        response.close();
        clock.learn(serverTime);
        return chain.proceed(chain.request());
    }

    /** The answer's Date; null when it has none that can be read (the refusal then stands as it is). */
    private static Instant serverTime(Response response) {
        try {
            return CosDates.parse(response.header("Date"));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
