package dev.camelcos.client.internal;

import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CosEndpointsTest {

    private static CosEndpoints endpoints(String endpoint) {
        return new CosEndpoints(CosClientConfig.builder().region("ap-beijing").endpoint(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of("id", "key")).build());
    }

    @Test
    void realCosIsVirtualHostedAndAlwaysHttps() {
        CosEndpoints cos = endpoints(null);
        assertThat(cos.url("examplebucket-1250000000", "dir/a b+c.txt").toString())
                .isEqualTo("https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/dir/a%20b%2Bc.txt");
        assertThat(cos.signedPath("examplebucket-1250000000", "dir/a b+c.txt")).isEqualTo("/dir/a b+c.txt");
        assertThat(cos.url(null, null).toString()).isEqualTo("https://service.cos.myqcloud.com/");
    }

    @ParameterizedTest
    @CsvSource({"a/./b, true", "../a, true", "a/.., true", "., true", "a/../b, true", "./, true",
            "a.txt, false", "a/.b/c, false", "a/b../c, false", "..., false", "a//b, false", "'', false", "/, false",
            "a/.../b, false"})
    void findsTheDotSegmentsOkHttpWouldResolveAway(String key, boolean dotSegment) {
        assertThat(CosEndpoints.hasDotSegment(key)).as(key).isEqualTo(dotSegment);
    }

    @Test
    void eachBucketKeepsItsOwnHostAndPortAndTheServiceItsOwn() {
        CosEndpoints cos = endpoints(null);
        CosEndpoints named = endpoints("https://cos.example.com:8443");
        for (int round = 0; round < 2; round++) {
            assertThat(cos.url("a-1", "k").toString()).isEqualTo("https://a-1.cos.ap-beijing.myqcloud.com/k");
            assertThat(cos.url("b-1", "k").toString()).isEqualTo("https://b-1.cos.ap-beijing.myqcloud.com/k");
            assertThat(cos.url(null, null).toString()).isEqualTo("https://service.cos.myqcloud.com/");
            assertThat(named.url("a-1", "k").toString()).isEqualTo("https://a-1.cos.example.com:8443/k");
            assertThat(named.url("b-1", null).toString()).isEqualTo("https://b-1.cos.example.com:8443/");
            assertThat(named.url(null, null).toString()).isEqualTo("https://cos.example.com:8443/");
        }
    }

    @Test
    void everyRequestOfABucketGetsItsOwnPathOnTheSameHost() {
        CosEndpoints local = endpoints("http://127.0.0.1:9000");
        assertThat(local.url("a-1", "x").toString()).isEqualTo("http://127.0.0.1:9000/a-1/x");
        assertThat(local.url("a-1", "y/z").toString()).isEqualTo("http://127.0.0.1:9000/a-1/y/z");
        assertThat(local.url("a-1", null).toString()).isEqualTo("http://127.0.0.1:9000/a-1/");
        assertThat(local.url("b-1", "x").toString()).isEqualTo("http://127.0.0.1:9000/b-1/x");
    }

    @Test
    void anIpEndpointUsesPathStyle() {
        CosEndpoints local = endpoints("http://127.0.0.1:9000");
        assertThat(local.url("examplebucket-1250000000", "k").toString())
                .isEqualTo("http://127.0.0.1:9000/examplebucket-1250000000/k");
        assertThat(local.signedPath("examplebucket-1250000000", "k")).isEqualTo("/examplebucket-1250000000/k");
    }

    @Test
    void aNamedEndpointKeepsTheBucketInTheHost() {
        assertThat(endpoints("https://cos.accelerate.myqcloud.com").url("b-1250000000", "k").toString())
                .isEqualTo("https://b-1250000000.cos.accelerate.myqcloud.com/k");
    }

    @Test
    void copySourcesNameTheSourceRegion() {
        assertThat(endpoints(null).copySource("src-1250000000", "ap-shanghai", "a b", "v1"))
                .isEqualTo("src-1250000000.cos.ap-shanghai.myqcloud.com/a%20b?versionId=v1");
    }

    @Test
    void malformedEndpointsAndRegionsAreRefused() {
        assertThatThrownBy(() -> endpoints("ftp://host")).hasMessageContaining("ftp://host");
        assertThatThrownBy(() -> endpoints("http://host/path")).hasMessageContaining("http://host/path");
        assertThatThrownBy(() -> endpoints("http://a b")).hasMessageContaining("http://a b");
        assertThatThrownBy(() -> CosClientConfig.builder().region("AP_Beijing"))
                .hasMessageContaining("AP_Beijing");
    }
}
