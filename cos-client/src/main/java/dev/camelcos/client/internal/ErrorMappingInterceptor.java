package dev.camelcos.client.internal;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;

/** Turns an unsuccessful answer into the {@link dev.camelcos.client.CosServiceException} COS's error names. */
final class ErrorMappingInterceptor implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            throw CosErrors.toException(CosRequest.from(chain.request()), response, CosErrors.peek(response));
        }
    }
}
