package dev.camelcos.component.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.http.CosRequestBody;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.component.CosComponent;
import dev.camelcos.emulator.CosEmulator;

/**
 * Runs YAML route files from {@code classpath:routes/} against an emulator started once per test class. The
 * routes find the emulator through the properties {@code cos.bucket}, {@code cos.otherBucket},
 * {@code cos.region}, {@code cos.endpoint}, {@code cos.secretId} and {@code cos.secretKey}. A client of its own
 * lets tests prepare and check objects without going through the routes under test.
 */
public abstract class EmulatorRouteTestSupport extends CamelTestSupport {

    protected static final String BUCKET = "yaml-routes-1250000000";
    protected static final String OTHER_BUCKET = "yaml-archive-1250000000";
    // '+' and '/' as real SecretKeys may have them: they must survive URI building
    private static final String SECRET_ID = "AKIDyamlroutes";
    private static final String SECRET_KEY = "yaml+routes/secret";

    protected static CosEmulator emulator;
    protected static CosClient cos;

    @BeforeAll
    static void startEmulator() {
        emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).bucket(OTHER_BUCKET).start();
        cos = new CosClient(CosClientConfig.builder()
                .region(emulator.region())
                .endpoint(emulator.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY))
                .build());
    }

    @AfterAll
    static void stopEmulator() {
        cos.close();
        emulator.close();
    }

    /** The YAML files under {@code classpath:routes/} this test class runs. */
    protected abstract List<String> routeFiles();

    /**
     * Connects the cos component to the emulator, as {@code camel.component.cos.*} properties would in Camel Main
     * or Spring Boot, so that the YAML routes name only the bucket.
     */
    protected void configure(CosComponent component) {
        component.getConfiguration().setRegion(emulator.region());
        component.getConfiguration().setEndpoint(emulator.endpoint());
        component.getConfiguration().setSecretId(SECRET_ID);
        component.getConfiguration().setSecretKey(SECRET_KEY);
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        Properties properties = new Properties();
        properties.setProperty("cos.bucket", BUCKET);
        properties.setProperty("cos.otherBucket", OTHER_BUCKET);
        properties.setProperty("cos.region", emulator.region());
        properties.setProperty("cos.endpoint", emulator.endpoint());
        properties.setProperty("cos.secretId", SECRET_ID);
        properties.setProperty("cos.secretKey", SECRET_KEY);
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camelContext = super.createCamelContext();
        configure(camelContext.getComponent("cos", CosComponent.class));
        return camelContext;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        List<Resource> resources = new ArrayList<>();
        for (String file : routeFiles()) {
            resources.add(ResourceHelper.resolveMandatoryResource(context, "classpath:routes/" + file));
        }
        return PluginHelper.getRoutesLoader(context).findRoutesBuilders(resources).toArray(RoutesBuilder[]::new);
    }

    protected static void put(String bucket, String key, byte[] content) {
        cos.putObject(new PutObjectRequest(bucket, key, CosRequestBody.of(content)));
    }

    protected static void putText(String bucket, String key, String content) {
        put(bucket, key, content.getBytes(StandardCharsets.UTF_8));
    }

    protected static byte[] read(String bucket, String key) throws IOException {
        try (CosObject object = cos.getObject(new GetObjectRequest(bucket, key))) {
            return object.getContent().readAllBytes();
        }
    }

    protected static String readText(String bucket, String key) throws IOException {
        return new String(read(bucket, key), StandardCharsets.UTF_8);
    }

    /** The keys under the prefix, in listing order. */
    protected static List<String> keys(String bucket, String prefix) {
        List<String> keys = new ArrayList<>();
        cos.listAllObjects(new ListObjectsRequest(bucket).setPrefix(prefix)).forEach(summary -> keys.add(summary.getKey()));
        return keys;
    }
}
