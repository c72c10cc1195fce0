package dev.camelcos.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.transfer.TransferManager;
import com.qcloud.cos.transfer.TransferManagerConfiguration;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.emulator.SdkSupport;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The clients measured, each aimed at the same emulator through the same network shape ({@code endpoint}: the
 * emulator itself or a {@link ShapingProxy} in front of it), with their defaults except what must be equal: the
 * transfer thread count, the multipart threshold and the part size.
 */
final class Clients implements AutoCloseable {

    static final String BUCKET = "benchbucket-1250000000";
    static final long MULTIPART_THRESHOLD = 16 * Settings.MIB;
    static final long PART_SIZE = 8 * Settings.MIB;

    final CosEmulator emulator;
    final Settings settings;
    /** camel-cos through a ProducerTemplate. */
    final CamelContext camel;
    final ProducerTemplate template;
    /** Resolved once, as a route resolves its endpoints once: a URI string would be parsed on every send. */
    final Endpoint cos;
    /** A route that gets an object and reads its stream before the exchange completes (which closes it). */
    final Endpoint cosGet;
    final Endpoint cosDownload;
    /** The official SDK. */
    final COSClient sdk;
    /** Raw OkHttp sending pre-signed requests. */
    final OkHttpClient http;
    /** camel-cos's own client aimed at the emulator directly, to prepare data outside the timed parts. */
    final CosClient setup;
    /** camel-cos's own client aimed at {@code endpoint}: measured alone, and pre-signing the raw client's URLs. */
    final CosClient client;
    private final String endpoint;

    /** @param endpoint where the clients send their requests: {@code http://127.0.0.1:port} */
    Clients(CosEmulator emulator, Settings settings, String endpoint) {
        this.emulator = emulator;
        this.settings = settings;
        this.endpoint = endpoint;
        this.camel = new DefaultCamelContext();
        camel.start();
        this.template = camel.createProducerTemplate();
        this.cos = camel.getEndpoint(uriFor(BUCKET));
        this.cosGet = readingRoute(uriFor(BUCKET) + "&operation=getObject");
        this.cosDownload = camel.getEndpoint(uriFor(BUCKET) + "&operation=download");
        this.sdk = SdkSupport.client(emulator, URI.create(endpoint).getPort());
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        this.http = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES)).build();
        this.setup = cosClient(emulator.endpoint());
        this.client = cosClient(endpoint);
    }

    private CosClient cosClient(String url) {
        return new CosClient(CosClientConfig.builder().region(emulator.region()).endpoint(url)
                .credentialsProvider(StaticCredentialsProvider.of(emulator.secretId(), emulator.secretKey())).build());
    }

    private Endpoint readingRoute(String cosUri) {
        try {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:cos-get").to(cosUri)
                            .process(e -> e.getMessage().getBody(InputStream.class).transferTo(OutputStream.nullOutputStream()));
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot add the getObject route", e);
        }
        return camel.getEndpoint("direct:cos-get");
    }

    /** A cos endpoint on the emulator with the benchmark's transfer settings. */
    String uriFor(String bucket) {
        return "cos:" + bucket + "?endpoint=" + endpoint + "&region=" + emulator.region()
                + "&secretId=RAW(" + emulator.secretId() + ")&secretKey=RAW(" + emulator.secretKey() + ")"
                + "&uploadConcurrency=" + settings.threads() + "&downloadConcurrency=" + settings.threads()
                + "&multipartThreshold=" + MULTIPART_THRESHOLD + "&partSize=" + PART_SIZE;
    }

    /** The official SDK's TransferManager with the same threads, threshold and part size as camel-cos. */
    TransferManager sdkTransferManager() {
        TransferManager transfers = new TransferManager(sdk, Executors.newFixedThreadPool(settings.threads()));
        TransferManagerConfiguration configuration = new TransferManagerConfiguration();
        configuration.setMultipartUploadThreshold(MULTIPART_THRESHOLD);
        configuration.setMinimumUploadPartSize(PART_SIZE);
        transfers.setConfiguration(configuration);
        return transfers;
    }

    /** The official SDK's TransferManager as it comes: one thread, 5 MB threshold and parts (SDK 5.6.265). */
    TransferManager sdkDefaultTransferManager() {
        return new TransferManager(sdk);
    }

    @Override
    public void close() throws Exception {
        camel.close();
        sdk.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        setup.close();
        client.close();
    }
}
