package dev.camelcos.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.component.CosObjectBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A COS object body whose connection breaks mid-read gives that connection back at once (none is left open by a
 * reader that gives up), and a read after the failure goes on from where the bytes stopped, pinned to the same
 * version; a body whose bytes were corrupted keeps failing until it is reset.
 */
class ObjectBodyFaultTest {

    private static final byte[] CONTENT = new byte[256 * 1024];

    static {
        new Random(7).nextBytes(CONTENT);
    }

    private FaultBench bench;
    private CosClient client;

    @BeforeEach
    void start() throws IOException {
        bench = new FaultBench();
        bench.direct().putObject(new PutObjectRequest(FaultBench.BUCKET, "body.bin", CosRequestBody.of(CONTENT)));
        client = new CosClient(bench.throughProxy(Duration.ofSeconds(1), 0).build());
    }

    @AfterEach
    void stop() {
        client.close();
        bench.close();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"RESET_DURING_RESPONSE", "TRUNCATE_RESPONSE_BODY", "STALL"})
    void aBrokenReadGivesItsConnectionBackAndALaterReadResumes(Fault fault) throws IOException {
        int before = bench.proxy().openConnections();
        GetObjectRequest get = new GetObjectRequest(FaultBench.BUCKET, "body.bin");
        bench.proxy().plan(FaultPlan.times(fault, 1, head -> head.method().equals("GET")));
        CosObjectBody body;
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        if (fault == Fault.STALL) {
            // a stalled GET gets no answer at all; the body is made of the next, good one
            assertThat(catchThrowable(() -> client.getObject(get))).isNotNull();
            body = CosObjectBody.of(client, get, client.getObject(get));
        } else {
            body = CosObjectBody.of(client, get, client.getObject(get));
            Throwable broken = catchThrowable(() -> copy(body, read));
            assertThat(broken).isInstanceOf(IOException.class);
            assertThat(body.toString()).doesNotContain("connected");
            await().atMost(Duration.ofSeconds(10)).until(() -> bench.proxy().openConnections() <= before + 1);
        }

        copy(body, read);
        assertThat(read.toByteArray()).isEqualTo(CONTENT);
        body.close();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"FLIP_RESPONSE_BODY_BYTE"})
    void aCorruptedBodyKeepsFailingUntilReset(Fault fault) throws IOException {
        GetObjectRequest get = new GetObjectRequest(FaultBench.BUCKET, "body.bin");
        bench.proxy().plan(FaultPlan.times(fault, 1, head -> head.method().equals("GET")));
        CosObject object = client.getObject(get);
        CosObjectBody body = CosObjectBody.of(client, get, object);

        assertThat(catchThrowable(body::readAllBytes)).isInstanceOf(IOException.class);
        assertThat(catchThrowable(body::read)).isInstanceOf(IOException.class);

        body.reset();
        assertThat(body.readAllBytes()).isEqualTo(CONTENT);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
        }
    }
}
