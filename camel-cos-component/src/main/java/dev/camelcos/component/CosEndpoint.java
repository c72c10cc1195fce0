package dev.camelcos.component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;

/**
 * Store and retrieve objects in Tencent Cloud Object Storage (COS).
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "cos", title = "Tencent Cloud COS", syntax = "cos:bucketName",
             category = { Category.CLOUD, Category.FILE }, headersClass = CosConstants.class)
public class CosEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /**
     * Options whose values never appear in {@link #toString()}. Camel's own sanitizer masks only names on its
     * built-in list (secretKey and sessionToken are on it, secretId and customerKey are not), so every
     * {@code secret = true} option of this component is listed here.
     */
    static final Pattern SECRET_OPTIONS = Pattern.compile(
            "([?&](?i:secretId|secretKey|sessionToken|customerKey)=)(RAW\\([^)]*\\)|RAW\\{[^}]*\\}|[^&]*)");

    @UriParam
    private CosConfiguration configuration;

    private volatile String sanitizedUri;
    private volatile CosClient client;

    public CosEndpoint(String uri, CosComponent component, CosConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CosComponent getComponent() {
        return (CosComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new CosProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        // a later issue adds the polling consumer
        throw new UnsupportedOperationException(
                "The cos component does not support consuming yet (from(\"cos:...\")): only producer endpoints"
                                                + " (to(\"cos:...\")) are available in this version");
    }

    @Override
    protected void doStart() throws Exception {
        // a bad option fails the route at start with a message naming the option
        configuration.validate();
        client = configuration.getCosClient() != null ? configuration.getCosClient()
                : getComponent().clientFor(configuration.toClientConfig());
        if (configuration.isAutoCreateBucket()) {
            createBucketIfMissing();
        }
        super.doStart();
    }

    private void createBucketIfMissing() {
        try {
            client.headBucket(configuration.getBucketName());
        } catch (CosServiceException e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            client.createBucket(configuration.getBucketName(), configuration.getAcl());
        }
    }

    /** The COS client this endpoint's producers and consumers call; set when the endpoint starts. */
    public CosClient getClient() {
        if (client == null) {
            throw new IllegalStateException("cos endpoint " + this + " is not started");
        }
        return client;
    }

    public CosConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CosConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        if (configuration.getEndpoint() != null) {
            return configuration.getEndpoint();
        }
        if (configuration.getRegion() != null) {
            return "https://" + configuration.getBucketName() + ".cos." + configuration.getRegion() + ".myqcloud.com";
        }
        return null;
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public String toString() {
        String s = sanitizedUri;
        if (s == null) {
            s = sanitize(getEndpointUri());
            sanitizedUri = s;
        }
        return s;
    }

    /** The URI with the values of all secret options masked. */
    static String sanitize(String uri) {
        if (uri == null) {
            return null;
        }
        String masked = URISupport.sanitizeUri(uri);
        return SECRET_OPTIONS.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "xxxxxx"));
    }
}
