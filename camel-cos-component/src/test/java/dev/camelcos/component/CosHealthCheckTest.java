package dev.camelcos.component;

import java.util.Map;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.support.DefaultConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CosHealthCheckTest {

    private static final String BUCKET = "health-1250000000";
    private static final String MISSING_BUCKET = "missing-1250000000";
    private static final String SECRET_ID = "AKIDhealthCheckTestId";
    private static final String SECRET_KEY = "healthCheckTestSecretKey";
    private static final String WRONG_SECRET_KEY = "wrongHealthCheckSecretKey";

    private static CosEmulator emulator;

    private CamelContext context;

    @BeforeAll
    static void startEmulator() {
        emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        // Camel's defaults: its producers repository stays off (camel.health.producersEnabled=false)
        context.start();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    void goodCredentialsAndExistingBucketAreUpAfterAHeadBucket() throws Exception {
        CosHealthCheck check = producerCheck(BUCKET, SECRET_KEY);
        emulator.clearRequests();

        HealthCheck.Result result = readiness(check.getId()).orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(CosHealthCheck.BUCKET, BUCKET)
                .doesNotContainKey(AbstractHealthCheck.SERVICE_ERROR_CODE);
        assertThat(emulator.requests()).extracting(RecordedRequest::method, RecordedRequest::bucket)
                .containsExactly(tuple("HEAD", BUCKET));
    }

    @Test
    void wrongSecretIsDownWithCosStatusAndErrorCode() throws Exception {
        CosHealthCheck check = producerCheck(BUCKET, WRONG_SECRET_KEY);

        HealthCheck.Result result = readiness(check.getId()).orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails())
                .containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 403)
                .containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "AccessDenied")
                .containsEntry(CosHealthCheck.BUCKET, BUCKET);
        assertThat(result.getMessage()).hasValueSatisfying(
                m -> assertThat(m).contains(BUCKET).contains("403").contains("AccessDenied").contains("SecretKey"));
        assertThat(result.getError()).containsInstanceOf(CosServiceException.class);
    }

    @Test
    void missingBucketIsDownWithNoSuchBucket() throws Exception {
        CosHealthCheck check = producerCheck(MISSING_BUCKET, SECRET_KEY);

        HealthCheck.Result result = readiness(check.getId()).orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails())
                .containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 404)
                .containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "NoSuchBucket")
                .containsEntry(CosHealthCheck.BUCKET, MISSING_BUCKET);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("does not exist"));
    }

    @Test
    void detailsMessageAndErrorNeverContainTheSecrets() throws Exception {
        CosHealthCheck up = producerCheck(BUCKET, SECRET_KEY);
        CosHealthCheck down = producerCheck(BUCKET, WRONG_SECRET_KEY);

        for (String id : new String[] { up.getId(), down.getId() }) {
            HealthCheck.Result result = readiness(id).orElseThrow();
            StringBuilder everything = new StringBuilder(result.getMessage().orElse(""));
            for (Map.Entry<String, Object> detail : result.getDetails().entrySet()) {
                everything.append('\n').append(detail.getKey()).append('=').append(detail.getValue());
            }
            result.getError().ifPresent(e -> everything.append('\n').append(e).append(e.getMessage()));

            assertThat(result.getDetails()).containsKey(HealthCheck.ENDPOINT_URI);
            assertThat(everything.toString()).contains("secretKey=xxxxxx")
                    .doesNotContain(SECRET_ID).doesNotContain(SECRET_KEY).doesNotContain(WRONG_SECRET_KEY);
        }
    }

    @Test
    void consumerCheckIsRegisteredUnderItsRouteIdAndIsReadinessOnly() {
        CosHealthCheck check = CosHealthChecks.registerConsumer(consumer("orders"));

        assertThat(check.getId()).isEqualTo("cos-consumer-orders");
        assertThat(HealthCheckRegistry.get(context).getCheck(check.getId())).containsSame(check);
        assertThat(readiness(check.getId())).hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
        assertThat(HealthCheckHelper.invoke(context, c -> Map.of(), c -> !c.isLiveness(), "full"))
                .noneMatch(r -> r.getCheck() == check);

        CosHealthChecks.unregister(check);

        assertThat(HealthCheckRegistry.get(context).getCheck(check.getId())).isEmpty();
    }

    @Test
    void aConsumerRouteRegistersItsCheckWhileItRunsAndItGoesDownWithCos() throws Exception {
        try (CosEmulator vanishing = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).start()) {
            context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from(uri(vanishing.endpoint(), BUCKET, SECRET_KEY).replace("&operation=putObject", "")
                         + "&delay=60000").routeId("inbox").to("mock:inbox");
                }
            });
            assertThat(readiness("cos-consumer-inbox"))
                    .hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));

            vanishing.close();

            assertThat(readiness("cos-consumer-inbox"))
                    .hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.DOWN));
            context.getRouteController().stopRoute("inbox");
            assertThat(readiness("cos-consumer-inbox")).isEmpty();
        }
    }

    @Test
    void consumerChecksFollowCamelsConsumersSwitch() {
        HealthCheckHelper.getHealthCheckRepository(context, CosHealthChecks.CONSUMERS).setEnabled(false);

        assertThat(CosHealthChecks.registerConsumer(consumer("orders"))).isNull();
    }

    @Test
    void unregisterRemovesTheCheck() throws Exception {
        CosHealthCheck check = producerCheck(BUCKET, SECRET_KEY);
        assertThat(readiness(check.getId())).isPresent();

        CosHealthChecks.unregister(check);

        assertThat(readiness(check.getId())).isEmpty();
    }

    @Test
    void producerChecksDisabledOnTheComponentAreUnknownAndSendNothing() throws Exception {
        context.getComponent("cos", CosComponent.class).setHealthCheckProducerEnabled(false);
        CosHealthCheck check = producerCheck(BUCKET, WRONG_SECRET_KEY);
        emulator.clearRequests();

        HealthCheck.Result result = readiness(check.getId()).orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(emulator.requests()).isEmpty();
    }

    @Test
    void withCamelHealthChecksOffNothingIsRegistered() throws Exception {
        Producer producer = startedProducer(BUCKET, SECRET_KEY);
        HealthCheckRegistry.get(context).setEnabled(false);

        assertThat(CosHealthChecks.registerProducer(producer)).isNull();
        CosHealthChecks.unregister(null);
    }

    @Test
    void aProducerOfAnotherComponentIsRejected() throws Exception {
        Producer producer = context.getEndpoint("mock:other").createProducer();

        assertThatThrownBy(() -> CosHealthChecks.registerProducer(producer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mock://other");
    }

    /** The check a started producer registered for itself. */
    private CosHealthCheck producerCheck(String bucket, String secretKey) throws Exception {
        return ((CosProducer) startedProducer(bucket, secretKey)).getHealthCheck();
    }

    private Producer startedProducer(String bucket, String secretKey) throws Exception {
        Producer producer = context.getEndpoint(uri(bucket, secretKey)).createProducer();
        producer.start();
        return producer;
    }

    private static String uri(String bucket, String secretKey) {
        return uri(emulator.endpoint(), bucket, secretKey);
    }

    private static String uri(String endpoint, String bucket, String secretKey) {
        return "cos:" + bucket + "?endpoint=RAW(" + endpoint + ")&region=" + emulator.region()
               + "&secretId=RAW(" + SECRET_ID + ")&secretKey=RAW(" + secretKey + ")&operation=putObject";
    }

    private DefaultConsumer consumer(String routeId) {
        DefaultConsumer consumer = new DefaultConsumer(context.getEndpoint(uri(BUCKET, SECRET_KEY)), exchange -> {
        });
        consumer.setRouteId(routeId);
        return consumer;
    }

    /** The result of the readiness check with this id, as Camel's registry reports it with every detail. */
    private Optional<HealthCheck.Result> readiness(String checkId) {
        return HealthCheckHelper.invoke(context, check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.isReadiness(), "full").stream()
                .filter(r -> r.getCheck().getId().equals(checkId)).findFirst();
    }
}
