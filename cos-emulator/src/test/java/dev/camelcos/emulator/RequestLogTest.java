package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.qcloud.cos.COSClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestLogTest {
    private static final String BUCKET = "log-1250000000";

    @Test
    void keepsTheMostRecentRequestsUpToTheLimitInArrivalOrder() {
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET).requestLogLimit(3).start()) {
            COSClient cos = SdkSupport.client(emulator);
            for (int i = 0; i < 5; i++) {
                cos.putObject(BUCKET, "k" + i, "body " + i);
            }
            assertThat(emulator.requests()).extracting(RecordedRequest::method, RecordedRequest::key)
                    .containsExactly(tuple("PUT", "k2"), tuple("PUT", "k3"), tuple("PUT", "k4"));

            emulator.clearRequests();
            cos.getObjectMetadata(BUCKET, "k4");
            assertThat(emulator.requests()).extracting(RecordedRequest::method, RecordedRequest::key)
                    .containsExactly(tuple("HEAD", "k4"));
            cos.shutdown();
        }
    }

    @Test
    void aLimitOfZeroRecordsNothing() {
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET).requestLogLimit(0).start()) {
            COSClient cos = SdkSupport.client(emulator);
            cos.putObject(BUCKET, "k", "body");
            assertThat(cos.getObjectMetadata(BUCKET, "k").getContentLength()).isEqualTo(4);
            assertThat(emulator.requests()).isEmpty();
            cos.shutdown();
        }
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> CosEmulator.builder().requestLogLimit(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestLogLimit -1");
    }

    @Test
    void concurrentRequestsKeepTheLimitAndEachSendersOrder() throws Exception {
        int senders = 8;
        int perSender = 2_000;
        int limit = 1_000;
        RequestLog log = new RequestLog(limit);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                String bucket = "sender" + s;
                done.add(pool.submit(() -> {
                    go.await();
                    IntStream.range(0, perSender)
                            .forEach(i -> log.add(new RecordedRequest("PUT", bucket, String.valueOf(i), Map.of())));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<RecordedRequest> kept = log.snapshot();
        assertThat(kept).hasSize(limit);
        for (int s = 0; s < senders; s++) {
            String bucket = "sender" + s;
            List<Integer> sent = kept.stream().filter(r -> r.bucket().equals(bucket))
                    .map(r -> Integer.parseInt(r.key())).toList();
            int first = sent.isEmpty() ? perSender : sent.get(0);
            assertThat(sent).as("what is kept of %s is its last requests, in order", bucket)
                    .containsExactlyElementsOf(IntStream.range(first, perSender).boxed().toList());
        }
    }
}
