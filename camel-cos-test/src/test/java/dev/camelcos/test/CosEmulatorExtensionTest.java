package dev.camelcos.test;

import java.net.ConnectException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.emulator.CosEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class CosEmulatorExtensionTest {

    private static final String BUCKET = "extension-1250000000";

    @RegisterExtension
    static CosEmulatorExtension cos = CosEmulatorExtension.withBucket(BUCKET)
            .withCredentials("AKIDextensionTest", "extension-test-key");

    @Test
    void handsOutTheRunningEmulatorsEndpointAndCredentials() {
        CosEmulator emulator = cos.emulator();

        assertThat(cos.endpoint()).isEqualTo(emulator.endpoint()).startsWith("http://127.0.0.1:");
        assertThat(cos.region()).isEqualTo("ap-guangzhou");
        assertThat(cos.secretId()).isEqualTo("AKIDextensionTest");
        assertThat(cos.secretKey()).isEqualTo("extension-test-key");
        assertThat(emulator.buckets()).containsExactly(BUCKET);
    }

    @Test
    void theHandedOutCredentialsAreAcceptedAndOthersAreNot() {
        try (CosClient client = client(cos.secretKey())) {
            client.headBucket(BUCKET);
        }
        try (CosClient client = client("not-the-key")) {
            assertThatThrownBy(() -> client.headBucket(BUCKET)).isInstanceOf(CosServiceException.class)
                    .satisfies(e -> assertThat(((CosServiceException) e).statusCode()).isEqualTo(403));
        }
    }

    @Test
    void uriResolvesToACosEndpointThatReachesTheEmulator() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            CosEndpoint endpoint = context.getEndpoint(cos.uri(BUCKET, "operation=getObject", "keyName=a/b.txt"),
                    CosEndpoint.class);
            endpoint.start();

            assertThat(endpoint.getConfiguration().getBucketName()).isEqualTo(BUCKET);
            assertThat(endpoint.getConfiguration().getEndpoint()).isEqualTo(cos.endpoint());
            assertThat(endpoint.getConfiguration().getSecretKey()).isEqualTo(cos.secretKey());
            assertThat(endpoint.getConfiguration().getKeyName()).isEqualTo("a/b.txt");
            assertThat(endpoint.getConfiguration().getOperation()).hasToString("getObject");
            cos.emulator().clearRequests();
            endpoint.getClient().headBucket(BUCKET);
            assertThat(cos.emulator().requests()).hasSize(1);
        }
    }

    @Test
    void componentPropertiesPointTheComponentAtTheEmulator() {
        assertThat(cos.componentProperties())
                .containsEntry("camel.component.cos.endpoint", cos.endpoint())
                .containsEntry("camel.component.cos.region", "ap-guangzhou")
                .containsEntry("camel.component.cos.secret-id", "AKIDextensionTest")
                .containsEntry("camel.component.cos.secret-key", "extension-test-key")
                .hasSize(4);
    }

    @Test
    void uriRejectsABlankBucketAndAnOptionWithoutAValue() {
        assertThatThrownBy(() -> cos.uri(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucket");
        assertThatThrownBy(() -> cos.uri(BUCKET, "operation")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'operation'").hasMessageContaining("name=value");
    }

    @Test
    void badBucketNamesFailWhenTheExtensionIsDeclared() {
        assertThatThrownBy(() -> CosEmulatorExtension.withBucket("NoAppId"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoAppId");
    }

    @Test
    void startsBeforeTheFirstTestSharesWithNestedClassesAndStopsAfterTheLast() {
        LifecycleSample.seen.clear();

        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(LifecycleSample.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(LifecycleSample.seen).hasSize(3).containsOnly(LifecycleSample.seen.get(0));
        assertThatThrownBy(LifecycleSample.cos::emulator).isInstanceOf(IllegalStateException.class);
        int port = LifecycleSample.seen.get(0).port();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("the emulator stopped listening")
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void anInstanceFieldIsNeverStartedAndSaysItMustBeStatic() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InstanceFieldSample.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(InstanceFieldSample.failure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("static");
    }

    private static CosClient client(String secretKey) {
        return new CosClient(CosClientConfig.builder().endpoint(cos.endpoint()).region(cos.region())
                .credentialsProvider(StaticCredentialsProvider.of(cos.secretId(), secretKey)).build());
    }

    /** Run by the engine test kit above, not by the build: records the emulator each test sees. */
    static class LifecycleSample {
        static final List<CosEmulator> seen = new ArrayList<>();

        @RegisterExtension
        static CosEmulatorExtension cos = CosEmulatorExtension.withBucket("sample-1250000000");

        @Test
        void first() {
            seen.add(cos.emulator());
        }

        @Test
        void second() {
            seen.add(cos.emulator());
        }

        @Nested
        class Inner {
            @Test
            void nested() {
                seen.add(cos.emulator());
            }
        }
    }

    /** Run by the engine test kit above: an extension on an instance field gets no class-level callbacks. */
    static class InstanceFieldSample {
        static Exception failure;

        @RegisterExtension
        CosEmulatorExtension cos = CosEmulatorExtension.withBucket("sample-1250000000");

        @Test
        void useIt() {
            try {
                cos.endpoint();
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
    }
}
