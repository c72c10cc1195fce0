package dev.camelcos.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;

import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.COSObjectSummary;
import com.qcloud.cos.model.ListObjectsRequest;
import com.qcloud.cos.model.ObjectListing;

import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.component.CosConstants;

/**
 * Reading every object of a bucket: camel-cos's consumer with its defaults beside a loop of the official SDK's list +
 * get. The consumer neither deletes nor moves by default, and each run starts a new consumer (whose in-memory
 * repository is empty), so every run of either client reads the same filled bucket.
 */
final class ConsumeRuns {

    private final Clients clients;

    ConsumeRuns(Clients clients) {
        this.clients = clients;
    }

    /** Creates {@code bucket} and writes {@code count} objects of {@code content} into it (8 writers). */
    void fill(String bucket, int count, byte[] content) throws Exception {
        clients.setup.createBucket(bucket, null);
        Measure.opsPerSecond(clients.settings.callers(), count, i -> clients.setup.putObject(
                new PutObjectRequest(bucket, key(i), CosRequestBody.of(content))));
    }

    /** Keeps the emulator small: a bucket read is dropped. */
    void drop(String bucket, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(key(i));
        }
        clients.setup.deleteObjects(bucket, keys, true);
        clients.setup.deleteBucket(bucket);
    }

    /** A run of the official SDK's loop: objects per second. */
    Measure.Run sdk(String bucket, int count) {
        return run -> {
            long start = System.nanoTime();
            int read = sdkListAndGet(bucket);
            double rate = count / Measure.seconds(start);
            if (read != count) {
                throw new IllegalStateException("the SDK loop read " + read + " objects of " + count);
            }
            return rate;
        };
    }

    /**
     * A run of camel-cos's consumer, from its start until it delivered every object: objects per second.
     *
     * @param options endpoint options added to the defaults, e.g. {@code "&readAhead=0"}
     */
    Measure.Run camel(String bucket, int count, String options) {
        return run -> {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            CountDownLatch all = new CountDownLatch(count);
            Endpoint endpoint = clients.camel.getEndpoint(clients.uriFor(bucket) + "&initialDelay=0&delay=1" + options);
            long start = System.nanoTime();
            Consumer consumer = endpoint.createConsumer(exchange -> {
                readFully(exchange.getMessage().getBody(InputStream.class));
                if (seen.add(exchange.getMessage().getHeader(CosConstants.KEY, String.class))) {
                    all.countDown();
                }
            });
            consumer.start();
            try {
                if (!all.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the consumer delivered " + seen.size() + " of " + count
                            + " objects in 10 minutes");
                }
                return count / Measure.seconds(start);
            } finally {
                consumer.stop();
            }
        };
    }

    private int sdkListAndGet(String bucket) throws IOException {
        int read = 0;
        ListObjectsRequest list = new ListObjectsRequest();
        list.setBucketName(bucket);
        list.setMaxKeys(1000);
        ObjectListing page;
        do {
            page = clients.sdk.listObjects(list);
            for (COSObjectSummary summary : page.getObjectSummaries()) {
                try (COSObject object = clients.sdk.getObject(bucket, summary.getKey())) {
                    readFully(object.getObjectContent());
                }
                read++;
            }
            list.setMarker(page.getNextMarker());
        } while (page.isTruncated());
        return read;
    }

    private static String key(int i) {
        return "object-" + i;
    }

    static void readFully(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException("no content");
        }
        try (in) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
