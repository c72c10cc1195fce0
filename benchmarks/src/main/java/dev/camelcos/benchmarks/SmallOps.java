package dev.camelcos.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;

import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.ObjectMetadata;

import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.component.CosConstants;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One small PUT or GET (operation {@code i}) by each client: camel-cos through its ProducerTemplate and route,
 * camel-cos's client alone, the official SDK, and raw OkHttp with pre-signed URLs. PUTs write the same keys on every
 * run, so that the emulator holds one run's objects; GETs read {@value #GET_OBJECTS} objects put by {@link #prepareGets}.
 */
final class SmallOps {

    static final int GET_OBJECTS = 1000;

    private final Clients clients;
    private final byte[] small;

    SmallOps(Clients clients, byte[] small) {
        this.clients = clients;
        this.small = small;
    }

    /** Puts the objects the GETs read. */
    void prepareGets(int callers) throws Exception {
        Measure.opsPerSecond(callers, GET_OBJECTS, i -> clients.setup.putObject(
                new PutObjectRequest(Clients.BUCKET, getKey(i), CosRequestBody.of(small))));
    }

    Measure.Op camelPut() {
        return i -> clients.template.sendBodyAndHeader(clients.cos, small, CosConstants.KEY, "small/camel/" + i);
    }

    Measure.Op clientPut() {
        return i -> clients.client.putObject(new PutObjectRequest(Clients.BUCKET, "small/client/" + i,
                CosRequestBody.of(small)));
    }

    Measure.Op sdkPut() {
        return i -> clients.sdk.putObject(Clients.BUCKET, "small/sdk/" + i, new ByteArrayInputStream(small),
                lengthOf(small.length));
    }

    /** Signs the upload links before the timed part: the floor of a request's cost. */
    Measure.Op rawPut(int ops) {
        List<String> links = new ArrayList<>(ops);
        for (int i = 0; i < ops; i++) {
            links.add(clients.client.createUploadLink(Clients.BUCKET, "small/raw/" + i, Duration.ofHours(1)));
        }
        return i -> send(new Request.Builder().url(links.get(i)).put(RequestBody.create(small)));
    }

    /** A route that gets the object and reads its stream, as a route would. */
    Measure.Op camelGet() {
        return i -> {
            Exchange exchange = clients.template.request(clients.cosGet,
                    e -> e.getMessage().setHeader(CosConstants.KEY, getKey(i % GET_OBJECTS)));
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
        };
    }

    Measure.Op clientGet() {
        return i -> {
            try (CosObject object = clients.client.getObject(new GetObjectRequest(Clients.BUCKET,
                    getKey(i % GET_OBJECTS)))) {
                ConsumeRuns.readFully(object.getContent());
            }
        };
    }

    Measure.Op sdkGet() {
        return i -> {
            try (COSObject object = clients.sdk.getObject(Clients.BUCKET, getKey(i % GET_OBJECTS))) {
                ConsumeRuns.readFully(object.getObjectContent());
            }
        };
    }

    Measure.Op rawGet() {
        List<String> links = new ArrayList<>(GET_OBJECTS);
        for (int i = 0; i < GET_OBJECTS; i++) {
            links.add(clients.client.createDownloadLink(Clients.BUCKET, getKey(i), Duration.ofHours(1), null));
        }
        return i -> send(new Request.Builder().url(links.get(i % GET_OBJECTS)).get());
    }

    private void send(Request.Builder request) throws IOException {
        try (Response response = clients.http.newCall(request.build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException(request.build().method() + " answered " + response.code());
            }
            response.body().bytes();
        }
    }

    private static String getKey(int i) {
        return "get/" + i;
    }

    private static ObjectMetadata lengthOf(long length) {
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentLength(length);
        return metadata;
    }
}
