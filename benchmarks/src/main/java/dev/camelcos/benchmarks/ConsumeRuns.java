package dev.camelcos.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import dev.camelcos.component.CosEndpoint;

/**
 * Reading every object of a bucket: camel-cos's consumer with its defaults beside the official SDK's list + get on a
 * number of threads. The consumer neither deletes nor moves by default, and each run starts a new consumer (whose in-memory
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

    /**
     * A run of the official SDK reading the first {@code objects} keys of the bucket: pages listed on the calling
     * thread, each listed object got on one of {@code threads} (on the calling thread when 1, the plain loop a user
     * writes): objects per second.
     */
    Measure.Run sdk(String bucket, int objects, int threads) {
        return run -> {
            long start = System.nanoTime();
            int read = sdkListAndGet(bucket, objects, threads);
            double rate = objects / Measure.seconds(start);
            if (read != objects) {
                throw new IllegalStateException("the SDK read " + read + " objects of " + objects);
            }
            return rate;
        };
    }

    /** The most GETs camel-cos's consumer keeps in flight with its defaults ({@code readAhead}). */
    int camelReadAhead(String bucket) {
        return ((CosEndpoint) clients.camel.getEndpoint(clients.uriFor(bucket))).getConfiguration().getReadAhead();
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

    private int sdkListAndGet(String bucket, int objects, int threads) throws Exception {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            List<Future<?>> gets = new ArrayList<>();
            ListObjectsRequest list = new ListObjectsRequest();
            list.setBucketName(bucket);
            ObjectListing page;
            do {
                list.setMaxKeys(Math.min(1000, objects - gets.size()));
                page = clients.sdk.listObjects(list);
                for (COSObjectSummary summary : page.getObjectSummaries()) {
                    Callable<Void> get = () -> {
                        try (COSObject object = clients.sdk.getObject(bucket, summary.getKey())) {
                            readFully(object.getObjectContent());
                        }
                        return null;
                    };
                    gets.add(pool == null ? CompletableFuture.completedFuture(get.call()) : pool.submit(get));
                }
                list.setMarker(page.getNextMarker());
            } while (page.isTruncated() && gets.size() < objects);
            for (Future<?> get : gets) {
                get.get();
            }
            return gets.size();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
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
