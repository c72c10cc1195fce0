package dev.camelcos.component.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.COSObjectSummary;
import com.qcloud.cos.model.ListObjectsRequest;
import com.qcloud.cos.model.ObjectListing;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelContextConfiguration;

import dev.camelcos.component.EmulatorRouteTestSupport;

/**
 * Runs YAML routes, from docs/yaml.md or from files under {@code classpath:routes/}, against the emulator. The routes find it through the
 * properties {@code cos.bucket}, {@code cos.otherBucket}, {@code cos.region}, {@code cos.endpoint},
 * {@code cos.secretId} and {@code cos.secretKey}.
 */
public abstract class YamlRouteTestSupport extends EmulatorRouteTestSupport {

    private static final Path YAML_DOC = Path.of("..", "docs", "yaml.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    /** The YAML files under {@code classpath:routes/} this test class runs. */
    protected List<String> routeFiles() {
        return List.of();
    }

    /**
     * The ids of the routes of docs/yaml.md this test class runs, read from the doc itself, so that what the doc shows
     * is what runs here.
     */
    protected List<String> documentedRoutes() {
        return List.of();
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
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
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        List<Resource> resources = new ArrayList<>();
        for (String file : routeFiles()) {
            resources.add(ResourceHelper.resolveMandatoryResource(context, "classpath:routes/" + file));
        }
        for (String id : documentedRoutes()) {
            resources.add(ResourceHelper.fromString("yaml-md-" + id + ".yaml", documentedRoute(id)));
        }
        return PluginHelper.getRoutesLoader(context).findRoutesBuilders(resources).toArray(RoutesBuilder[]::new);
    }

    /** The YAML block of docs/yaml.md that holds the route with this id. */
    private static String documentedRoute(String id) throws IOException {
        Matcher block = YAML_BLOCK.matcher(Files.readString(YAML_DOC, StandardCharsets.UTF_8));
        Pattern routeId = Pattern.compile("(?m)^\\s+id: " + Pattern.quote(id) + "$");
        while (block.find()) {
            if (routeId.matcher(block.group(1)).find()) {
                return block.group(1);
            }
        }
        throw new AssertionError("no YAML block of " + YAML_DOC + " has the route " + id);
    }

    /** The content of an object as the SDK reads it. */
    protected static byte[] sdkReadBytes(String bucket, String key) throws IOException {
        try (COSObject object = sdk.getObject(bucket, key); InputStream in = object.getObjectContent()) {
            return in.readAllBytes();
        }
    }

    /** The keys under the prefix, in listing order, as the SDK lists them. */
    protected static List<String> sdkKeys(String bucket, String prefix) {
        List<String> keys = new ArrayList<>();
        ListObjectsRequest request = new ListObjectsRequest().withBucketName(bucket).withPrefix(prefix);
        ObjectListing page;
        do {
            page = sdk.listObjects(request);
            page.getObjectSummaries().stream().map(COSObjectSummary::getKey).forEach(keys::add);
            request.setMarker(page.getNextMarker());
        } while (page.isTruncated());
        return keys;
    }
}
