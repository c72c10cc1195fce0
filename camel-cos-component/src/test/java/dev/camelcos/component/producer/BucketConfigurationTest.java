package dev.camelcos.component.producer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qcloud.cos.model.BucketCrossOriginConfiguration;
import com.qcloud.cos.model.BucketLifecycleConfiguration;
import com.qcloud.cos.model.GetObjectTaggingRequest;
import com.qcloud.cos.model.ObjectTagging;
import com.qcloud.cos.model.SetObjectTaggingRequest;
import com.qcloud.cos.model.Tag.Tag;
import com.qcloud.cos.model.lifecycle.LifecyclePrefixPredicate;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CorsRule;
import dev.camelcos.client.model.LifecycleRule;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** put/get/deleteBucketCors, put/get/deleteBucketLifecycle and put/get/deleteObjectTagging through a route. */
class BucketConfigurationTest extends EmulatorRouteTestSupport {

    static final String APP = "https://app.example.com";

    @Test
    void corsRulesSetByTheRouteAreWhatOptionsObjectAndTheSdkSee() {
        CorsRule rule = new CorsRule().setId("app").setAllowedOrigins(List.of(APP))
                .setAllowedMethods(List.of("get", "PUT")).setAllowedHeaders(List.of("*"))
                .setExposeHeaders(List.of("ETag")).setMaxAgeSeconds(300);
        Exchange put = cosOk(CosOperation.putBucketCors, List.of(rule), Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET));
        assertThat(put.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(OTHER_BUCKET);

        BucketCrossOriginConfiguration sdkView = sdk.getBucketCrossOriginConfiguration(OTHER_BUCKET);
        assertThat(sdkView.getRules()).singleElement().satisfies(r -> {
            assertThat(r.getId()).isEqualTo("app");
            assertThat(r.getAllowedOrigins()).containsExactly(APP);
            assertThat(r.getAllowedMethods()).extracting(Enum::name).containsExactly("GET", "PUT");
            assertThat(r.getMaxAgeSeconds()).isEqualTo(300);
        });
        Exchange preflight = cosOk(CosOperation.optionsObject, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET,
                CosConstants.KEY, "upload/file.bin", CosConstants.ORIGIN, APP,
                CosConstants.ACCESS_CONTROL_REQUEST_METHOD, "PUT"));
        assertThat(preflight.getMessage().getHeader(CosConstants.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo(APP);

        Exchange get = cosOk(CosOperation.getBucketCors, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET));
        List<?> rules = get.getMessage().getBody(List.class);
        assertThat(rules).singleElement().isInstanceOf(CorsRule.class);
        assertThat(((CorsRule) rules.get(0)).getAllowedMethods()).containsExactly("GET", "PUT");
        assertThat(((CorsRule) rules.get(0)).getExposeHeaders()).containsExactly("ETag");

        cosOk(CosOperation.deleteBucketCors, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET));
        assertThat(sdk.getBucketCrossOriginConfiguration(OTHER_BUCKET)).isNull();
        assertThat(cosOk(CosOperation.getBucketCors, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET))
                .getMessage().getBody(List.class)).isEmpty();
        assertThat(cos(CosOperation.optionsObject, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET,
                CosConstants.KEY, "upload/file.bin", CosConstants.ORIGIN, APP,
                CosConstants.ACCESS_CONTROL_REQUEST_METHOD, "PUT")).getException())
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    @Test
    void lifecycleRulesIncludingTheAbortOfUnfinishedUploadsReachTheBucket() {
        LifecycleRule logs = new LifecycleRule("logs").setPrefix("logs/").transitionAfterDays(30, "STANDARD_IA")
                .expireAfterDays(365);
        LifecycleRule uploads = new LifecycleRule("unfinished-uploads").abortIncompleteMultipartUploadAfterDays(7);
        cosOk(CosOperation.putBucketLifecycle, List.of(logs, uploads), Map.of());

        List<BucketLifecycleConfiguration.Rule> sdkView = sdk.getBucketLifecycleConfiguration(BUCKET).getRules();
        assertThat(sdkView).extracting(BucketLifecycleConfiguration.Rule::getId)
                .containsExactly("logs", "unfinished-uploads");
        assertThat(((LifecyclePrefixPredicate) sdkView.get(0).getFilter().getPredicate()).getPrefix()).isEqualTo("logs/");
        assertThat(sdkView.get(0).getExpirationInDays()).isEqualTo(365);
        assertThat(sdkView.get(0).getTransitions()).singleElement()
                .satisfies(t -> assertThat(t.getStorageClass()).isEqualTo("STANDARD_IA"));
        assertThat(sdkView.get(1).getAbortIncompleteMultipartUpload().getDaysAfterInitiation()).isEqualTo(7);
        assertThat(sdkView.get(1).getStatus()).isEqualTo(BucketLifecycleConfiguration.ENABLED);

        Exchange get = cosOk(CosOperation.getBucketLifecycle, null, Map.of());
        List<?> rules = get.getMessage().getBody(List.class);
        assertThat(rules).hasSize(2).allMatch(LifecycleRule.class::isInstance);
        LifecycleRule read = (LifecycleRule) rules.get(1);
        assertThat(read.getAbortIncompleteMultipartUploadDays()).isEqualTo(7);
        assertThat(read.getPrefix()).isEmpty();
        assertThat(read.isEnabled()).isTrue();
        assertThat(((LifecycleRule) rules.get(0)).getTransitions()).singleElement()
                .satisfies(t -> assertThat(t.getDays()).isEqualTo(30));

        cosOk(CosOperation.deleteBucketLifecycle, null, Map.of());
        assertThat(sdk.getBucketLifecycleConfiguration(BUCKET)).isNull();
        assertThat(cosOk(CosOperation.getBucketLifecycle, null, Map.of()).getMessage().getBody(List.class)).isEmpty();
    }

    @Test
    void objectTagsSetByTheRouteAreWhatTheSdkReadsAndDeleteRemovesThem() {
        sdkPut(BUCKET, "tagged/report.csv", "a,b");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("team", "data");
        tags.put("retention", "90 days");
        Exchange put = cosOk(CosOperation.putObjectTagging, tags, Map.of(CosConstants.KEY, "tagged/report.csv"));
        assertThat(put.getMessage().getHeader(CosConstants.KEY)).isEqualTo("tagged/report.csv");

        assertThat(sdkTags("tagged/report.csv")).containsExactly("team=data", "retention=90 days");

        sdk.setObjectTagging(new SetObjectTaggingRequest(BUCKET, "tagged/report.csv",
                new ObjectTagging(new ArrayList<>(List.of(new Tag("by", "sdk"))))));
        Exchange get = cosOk(CosOperation.getObjectTagging, "ignored", Map.of(CosConstants.KEY, "tagged/report.csv"));
        assertThat(get.getMessage().getBody(Map.class)).containsExactly(Map.entry("by", "sdk"));

        cosOk(CosOperation.deleteObjectTagging, null, Map.of(CosConstants.KEY, "tagged/report.csv"));
        assertThat(sdkTags("tagged/report.csv")).isEmpty();
        assertThat(sdkRead(BUCKET, "tagged/report.csv")).isEqualTo("a,b");
    }

    @Test
    void tagsOfAMissingObjectFailWithTheServiceError() {
        Exchange result = cos(CosOperation.getObjectTagging, null, Map.of(CosConstants.KEY, "tagged/absent"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void badConfigurationsAndTagsFailBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.putBucketCors, new CorsRule().setAllowedOrigins(List.of(APP)), Map.of())
                .hasMessageContaining("allowed methods");
        failsBeforeAnyRequest(CosOperation.putBucketCors, new CorsRule().setAllowedOrigins(List.of(APP))
                .setAllowedMethods(List.of("PATCH")), Map.of())
                .hasMessageContaining("[PATCH]").hasMessageContaining("GET");
        failsBeforeAnyRequest(CosOperation.putBucketCors, "<CORSConfiguration/>", Map.of())
                .hasMessageContaining("putBucketCors needs a body").hasMessageContaining("java.lang.String");
        failsBeforeAnyRequest(CosOperation.putBucketLifecycle, new LifecycleRule("idle"), Map.of())
                .hasMessageContaining("idle").hasMessageContaining("no action");
        failsBeforeAnyRequest(CosOperation.putBucketLifecycle,
                new LifecycleRule("zero").abortIncompleteMultipartUploadAfterDays(0), Map.of())
                .hasMessageContaining("abort incomplete multipart upload days 0").hasMessageContaining("at least 1");
        failsBeforeAnyRequest(CosOperation.putBucketLifecycle, List.of(), Map.of())
                .hasMessageContaining("putBucketLifecycle needs a body");

        Map<String, String> eleven = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("k" + i, "v");
        }
        failsBeforeAnyRequest(CosOperation.putObjectTagging, eleven, Map.of(CosConstants.KEY, "any"))
                .hasMessageContaining("at most 10 tags, 11");
        failsBeforeAnyRequest(CosOperation.putObjectTagging, Map.of("bad<key", "v"), Map.of(CosConstants.KEY, "any"))
                .hasMessageContaining("'bad<key'");
        failsBeforeAnyRequest(CosOperation.putObjectTagging, "team=data", Map.of(CosConstants.KEY, "any"))
                .hasMessageContaining("Map of tag key to value");
        failsBeforeAnyRequest(CosOperation.getObjectTagging, null, Map.of())
                .hasMessageContaining("getObjectTagging needs an object key");
    }

    private static List<String> sdkTags(String key) {
        return sdk.getObjectTagging(new GetObjectTaggingRequest(BUCKET, key)).getTagSet().stream()
                .map(t -> t.getKey() + "=" + t.getValue()).toList();
    }
}
