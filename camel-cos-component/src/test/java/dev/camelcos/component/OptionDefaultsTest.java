package dev.camelcos.component;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.transfer.TransferOptions;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One default per option: the default the catalog states (from the {@code @UriParam} annotation) is the value a fresh
 * configuration holds, and, for the options the client takes, the one its builders start from.
 */
class OptionDefaultsTest {

    private static Map<String, Object> properties;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = resource(CosComponentJsonTest.JSON_PATH)) {
            JsonObject json = (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            properties = json.getMap("properties");
        }
    }

    private static InputStream resource(String resource) {
        return OptionDefaultsTest.class.getClassLoader().getResourceAsStream(resource);
    }

    @Test
    void everyStatedDefaultIsTheValueAFreshConfigurationHolds() throws Exception {
        CosConfiguration fresh = new CosConfiguration();
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> option = (Map<String, Object>) e.getValue();
            if (!option.containsKey("defaultValue") || "path".equals(option.get("kind"))) {
                continue;
            }
            Method getter = getter(e.getKey());
            if (getter == null) {
                continue;
            }
            checked++;
            String stated = String.valueOf(option.get("defaultValue"));
            String held = String.valueOf(getter.invoke(fresh));
            if (!stated.equals(held)) {
                disagreements.add(e.getKey() + ": catalog says " + stated + ", a fresh configuration holds " + held);
            }
        }
        assertThat(checked).as("options with a stated default").isGreaterThan(30);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theClientOptionsDefaultsAreTheClientBuildersDefaults() {
        CosClientConfig client = CosClientConfig.builder().region("ap-guangzhou")
                .credentialsProvider(StaticCredentialsProvider.of("AKIDdefaults", "defaults-secret")).build();
        assertThat(statedLong("connectTimeout")).isEqualTo(client.connectTimeout().toMillis());
        assertThat(statedLong("readTimeout")).isEqualTo(client.readTimeout().toMillis());
        assertThat(statedLong("writeTimeout")).isEqualTo(client.writeTimeout().toMillis());
        assertThat(statedLong("maxConnections")).isEqualTo(client.maxConnections());
        assertThat(statedLong("maxRetries")).isEqualTo(client.retryPolicy().maxRetries())
                .isEqualTo(RetryPolicy.DEFAULT.maxRetries());

        TransferOptions transfer = TransferOptions.defaults();
        assertThat(statedLong("multipartThreshold")).isEqualTo(transfer.multipartThreshold());
        assertThat(statedLong("partSize")).isEqualTo(transfer.partSize());
        assertThat(statedLong("uploadConcurrency")).isEqualTo(transfer.uploadConcurrency());
        assertThat(statedLong("multipartCopyThreshold")).isEqualTo(transfer.multipartCopyThreshold());
        assertThat(statedLong("copyPartSize")).isEqualTo(transfer.copyPartSize());
        assertThat(statedLong("downloadConcurrency")).isEqualTo(transfer.downloadConcurrency());
        assertThat(statedLong("fileConcurrency")).isEqualTo(transfer.fileConcurrency());
    }

    @Test
    void theConfigurationGivesTheClientWhatItsOptionsSay() {
        CosConfiguration c = new CosConfiguration();
        c.setRegion("ap-guangzhou");
        c.setSecretId("AKIDdefaults");
        c.setSecretKey("defaults-secret");
        c.setReadTimeout(0);
        CosClientConfig client = c.toClientConfig();
        assertThat(client.readTimeout()).as("0 means no timeout, for the component and the client alike")
                .isEqualTo(Duration.ZERO);
        assertThat(client.connectTimeout().toMillis()).isEqualTo(statedLong("connectTimeout"));
    }

    @SuppressWarnings("unchecked")
    private static long statedLong(String option) {
        return Long.parseLong(String.valueOf(((Map<String, Object>) properties.get(option)).get("defaultValue")));
    }

    private static Method getter(String option) {
        String suffix = option.substring(0, 1).toUpperCase(Locale.ROOT) + option.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return CosConfiguration.class.getMethod(prefix + suffix);
            } catch (NoSuchMethodException ignored) {
                // try the other form
            }
        }
        return null;
    }
}
