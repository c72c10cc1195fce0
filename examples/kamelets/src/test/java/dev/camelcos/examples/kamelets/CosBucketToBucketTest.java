package dev.camelcos.examples.kamelets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's route (routes/cos-bucket-to-bucket.yaml with its application.properties) run by Camel Main on an
 * emulator with two buckets.
 */
class CosBucketToBucketTest {

    private static final String SOURCE = "incoming-1250000000";
    private static final String SINK = "archive-1250000000";

    private CosEmulator emulator;
    private CosClient cos;
    private Main main;

    @BeforeEach
    void startEmulatorAndExample() throws Exception {
        emulator = CosEmulator.builder().credentials("AKIDkameletexample", "kamelet-example-key")
                .bucket(SOURCE).bucket(SINK).start();
        cos = new CosClient(CosClientConfig.builder()
                .region(emulator.region())
                .endpoint(emulator.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(emulator.secretId(), emulator.secretKey()))
                .build());
        main = new Main();
        main.addOverrideProperty("cos.region", emulator.region());
        for (String kamelet : List.of("cos-source", "cos-sink")) {
            main.addOverrideProperty("camel.kamelet." + kamelet + ".endpoint", emulator.endpoint());
            main.addOverrideProperty("camel.kamelet." + kamelet + ".secretId", emulator.secretId());
            main.addOverrideProperty("camel.kamelet." + kamelet + ".secretKey", emulator.secretKey());
        }
        main.start();
    }

    @AfterEach
    void stop() {
        main.stop();
        cos.close();
        emulator.close();
    }

    @Test
    void movesEveryNewObjectToTheSinkBucketUnderTheSameKey() throws Exception {
        byte[] large = new byte[2 * 1024 * 1024 + 7];
        new Random(7).nextBytes(large);
        Map<String, byte[]> objects = new LinkedHashMap<>();
        objects.put("reports/2024/q1.csv", "quarter,total\nq1,100\n".getBytes(StandardCharsets.UTF_8));
        objects.put("reports/2024/q2.csv", "quarter,total\nq2,250\n".getBytes(StandardCharsets.UTF_8));
        objects.put("images/large.bin", large);
        NotifyBuilder moved = new NotifyBuilder(main.getCamelContext()).fromRoute("cos-bucket-to-bucket")
                .whenCompleted(objects.size()).create();

        objects.forEach((key, content) -> cos.putObject(new PutObjectRequest(SOURCE, key, CosRequestBody.of(content))));

        assertThat(moved.matches(30, TimeUnit.SECONDS)).as("every object went through the route").isTrue();
        for (Map.Entry<String, byte[]> object : objects.entrySet()) {
            assertThat(read(SINK, object.getKey())).as(object.getKey()).isEqualTo(object.getValue());
        }
        assertThat(keys(SINK)).containsExactlyInAnyOrderElementsOf(objects.keySet());
        assertThat(keys(SOURCE)).isEmpty();
    }

    private byte[] read(String bucket, String key) throws IOException {
        try (CosObject object = cos.getObject(new GetObjectRequest(bucket, key))) {
            return object.getContent().readAllBytes();
        }
    }

    private List<String> keys(String bucket) {
        List<String> keys = new ArrayList<>();
        cos.listAllObjects(new ListObjectsRequest(bucket)).forEach(summary -> keys.add(summary.getKey()));
        return keys;
    }
}
