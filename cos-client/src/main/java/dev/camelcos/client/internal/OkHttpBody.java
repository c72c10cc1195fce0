package dev.camelcos.client.internal;

import java.io.IOException;

import dev.camelcos.client.model.CosRequestBody;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A {@link CosRequestBody} as OkHttp sends it; notes on its request when writing began, which bounds retries. */
final class OkHttpBody extends RequestBody {

    private final CosRequest request;
    private final CosRequestBody body;

    OkHttpBody(CosRequest request) {
        this.request = request;
        this.body = request.body();
    }

    @Override
    public MediaType contentType() {
        return null;
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public boolean isOneShot() {
        return !body.isRepeatable();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        request.bodyStarted();
        body.writeTo(sink.outputStream());
    }
}
