package dev.camelcos.component.producer;

import java.util.List;
import java.util.Map;

import com.qcloud.cos.model.BucketCrossOriginConfiguration;
import com.qcloud.cos.model.CORSRule;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class OptionsObjectTest extends EmulatorRouteTestSupport {

    static final String ALLOWED = "https://www.example.com";

    @BeforeAll
    static void allowOneOrigin() {
        CORSRule rule = new CORSRule();
        rule.setAllowedOrigins(List.of(ALLOWED));
        rule.setAllowedMethods(CORSRule.AllowedMethods.GET, CORSRule.AllowedMethods.PUT);
        rule.setAllowedHeaders(List.of("*"));
        rule.setExposedHeaders(List.of("ETag"));
        rule.setMaxAgeSeconds(600);
        sdk.setBucketCrossOriginConfiguration(BUCKET, new BucketCrossOriginConfiguration(List.of(rule)));
    }

    @Test
    void answersWhatTheBucketAllowsTheOrigin() {
        Exchange result = cosOk(CosOperation.optionsObject, null, Map.of(CosConstants.KEY, "cors/object",
                CosConstants.ORIGIN, ALLOWED, CosConstants.ACCESS_CONTROL_REQUEST_METHOD, "PUT",
                CosConstants.ACCESS_CONTROL_REQUEST_HEADERS, "content-type"));

        assertThat(result.getMessage().getHeaders())
                .containsEntry(CosConstants.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .containsEntry(CosConstants.ACCESS_CONTROL_ALLOW_HEADERS, "content-type")
                .containsEntry(CosConstants.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag")
                .containsEntry(CosConstants.ACCESS_CONTROL_MAX_AGE, 600L);
        assertThat(result.getMessage().getHeader(CosConstants.ACCESS_CONTROL_ALLOW_METHODS, String.class))
                .contains("GET").contains("PUT");
    }

    @Test
    void theKeyComesFromTheHeaderOverKeyName() {
        emulator.clearRequests();

        Exchange result = template.send("cos:" + BUCKET + "?operation=optionsObject&keyName=cors/option", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "cors/header");
            e.getMessage().setHeader(CosConstants.ORIGIN, ALLOWED);
            e.getMessage().setHeader(CosConstants.ACCESS_CONTROL_REQUEST_METHOD, "GET");
        });

        assertThat(result.getException()).isNull();
        assertThat(emulator.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("OPTIONS");
            assertThat(r.key()).isEqualTo("cors/header");
        });
    }

    @Test
    void anOriginTheRulesDoNotAllowFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.optionsObject, null, Map.of(CosConstants.KEY, "cors/object",
                CosConstants.ORIGIN, "https://evil.example.org", CosConstants.ACCESS_CONTROL_REQUEST_METHOD, "GET"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    @Test
    void aMissingOriginOrMethodFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.optionsObject, null,
                Map.of(CosConstants.KEY, "cors/object", CosConstants.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .hasMessageContaining(CosConstants.ORIGIN).hasMessageContaining("missing");
        failsBeforeAnyRequest(CosOperation.optionsObject, null,
                Map.of(CosConstants.KEY, "cors/object", CosConstants.ORIGIN, ALLOWED))
                .hasMessageContaining(CosConstants.ACCESS_CONTROL_REQUEST_METHOD).hasMessageContaining("missing");
    }
}
