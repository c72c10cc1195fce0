package dev.camelcos.client.internal;

import java.io.IOException;

import dev.camelcos.client.CorruptedUploadException;
import dev.camelcos.client.Crc64;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * Computes the CRC64 of exactly the bytes an upload wrote and compares it with the one COS says it stored: a body
 * changed on the way fails instead of standing as the caller's object.
 */
final class UploadCrcInterceptor implements Interceptor {

    static final String CRC64_HEADER = "x-cos-hash-crc64ecma";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request http = chain.request();
        if (CosRequest.from(http).body() == null || !"PUT".equals(http.method())) {
            return chain.proceed(http);
        }
        CrcRecordingBody body = new CrcRecordingBody(http.body());
        Response response = chain.proceed(http.newBuilder().method(http.method(), body).build());
        String answered = response.header(CRC64_HEADER);
        try {
            if (response.isSuccessful() && answered != null && Crc64.parse(answered) != body.crc) {
                throw new CorruptedUploadException(CosRequest.from(http).describe() + " failed its integrity check:"
                        + " the CRC64 of the bytes sent is " + Crc64.format(body.crc) + " but COS stored " + answered);
            }
        } catch (RuntimeException e) {
            // a failed check, or a header that is no number: either way the answer is given up
            response.close();
            throw e;
        }
        return response;
    }

    private static final class CrcRecordingBody extends RequestBody {
        private final RequestBody body;
        private volatile long crc;

        CrcRecordingBody(RequestBody body) {
            this.body = body;
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() throws IOException {
            return body.contentLength();
        }

        @Override
        public boolean isOneShot() {
            return body.isOneShot();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            Crc64 crc64 = new Crc64();
            BufferedSink counting = Okio.buffer(new ForwardingSink(sink) {
                @Override
                public void write(Buffer source, long byteCount) throws IOException {
                    update(crc64, source, byteCount);
                    super.write(source, byteCount);
                }
            });
            body.writeTo(counting);
            counting.emit();
            crc = crc64.value();
        }

        /** Counts the next bytes of {@code source} in place, segment by segment, without consuming or copying. */
        private static void update(Crc64 crc64, Buffer source, long byteCount) {
            try (Buffer.UnsafeCursor cursor = source.readUnsafe()) {
                long left = byteCount;
                for (int n = cursor.seek(0); n != -1 && left > 0; n = cursor.next()) {
                    int take = (int) Math.min(left, n);
                    crc64.update(cursor.data, cursor.start, take);
                    left -= take;
                }
            }
        }
    }
}
