package dev.camelcos.scale;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;

import dev.camelcos.component.CosConstants;

/**
 * One consumer node, run as its own process: a Camel context with one cos consumer route that reads each object's
 * content, spends {@code workMillis} on it (the route's work) and appends its key to the output file, flushed, so
 * that what a node processed survives its kill. Started and killed by {@link NodeProcess}; prints
 * {@link #READY} once its route runs.
 */
public final class ScaleNode {

    /** The line a node prints on standard output once its route started. */
    public static final String READY = "camel-cos scale node ready";

    private ScaleNode() {
    }

    public static void main(String[] args) throws Exception {
        NodeSettings settings = NodeSettings.parse(args);
        PrintStream processed = new PrintStream(new FileOutputStream(settings.output().toFile(), true), false,
                StandardCharsets.UTF_8);
        SharedStore store = SharedStore.open(settings);
        CamelContext context = new DefaultCamelContext();
        // a node stopped by SIGTERM shuts down as an application would; one killed with SIGKILL does not
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.stop();
            store.close();
            processed.close();
        }));
        IdempotentRepository repository = store.repository();
        if (repository != null) {
            context.getRegistry().bind("claims", repository);
        }
        if (settings.leaderLockDir() != null) {
            FileLockClusterService cluster = new FileLockClusterService();
            cluster.setRoot(settings.leaderLockDir());
            cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
            cluster.setAcquireLockInterval(settings.failoverMillis(), TimeUnit.MILLISECONDS);
            context.addService(cluster);
        }
        context.addRoutes(route(settings, repository != null, processed));
        context.start();
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static RouteBuilder route(NodeSettings settings, boolean shared, PrintStream processed) {
        String cos = "cos:" + settings.bucket() + "?endpoint=" + settings.endpoint() + "&secretId=" + settings.secretId()
                     + "&secretKey=RAW(" + settings.secretKey() + ")&delay=50&greedy=true"
                     + "&initialDelay=" + Math.max(0, settings.startAtMillis() - System.currentTimeMillis())
                     + (shared ? "&idempotentRepository=#claims" : "")
                     + (settings.leaseMillis() > 0 ? "&claimLease=" + settings.leaseMillis() : "")
                     + settings.endpointOptions();
        String from = settings.leaderLockDir() != null ? "master:cos-scale:" + cos : cos;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("consume").process(exchange -> {
                    try (InputStream content = exchange.getMessage().getBody(InputStream.class)) {
                        content.transferTo(OutputStream.nullOutputStream());
                    }
                    if (settings.workMillis() > 0) {
                        // stands for the route's own work on the object, so that a batch takes a while
                        Thread.sleep(settings.workMillis());
                    }
                    record(processed, exchange.getMessage().getHeader(CosConstants.KEY, String.class));
                });
            }
        };
    }

    private static void record(PrintStream processed, String key) throws IOException {
        synchronized (processed) {
            processed.println(key);
            processed.flush();
            if (processed.checkError()) {
                throw new IOException("could not record " + key);
            }
        }
    }
}
