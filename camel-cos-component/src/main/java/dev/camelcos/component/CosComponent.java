package dev.camelcos.component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;

/**
 * The cos component: endpoints {@code cos:BucketName-APPID?options} for Tencent Cloud Object Storage.
 */
@Component("cos")
public class CosComponent extends HealthCheckComponent {

    @Metadata(description = "The component configuration: the values every cos endpoint starts from.")
    private CosConfiguration configuration = new CosConfiguration();

    private static final CosEndpointUriFactory URI_FACTORY = new CosEndpointUriFactory();

    /** One client per distinct client configuration, shared by the endpoints that have it. */
    private final Map<CosClientConfig, CosClient> clients = new ConcurrentHashMap<>();

    public CosComponent() {
    }

    public CosComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException(
                    "Invalid cos option bucketName: it is required, write the endpoint as cos:BucketName-APPID");
        }
        CosConfiguration endpointConfiguration
                = configuration != null ? configuration.copy() : new CosConfiguration();
        endpointConfiguration.setBucketName(remaining);
        CosEndpoint endpoint = new CosEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        if (parameters == null || parameters.isEmpty() || optionPrefix != null) {
            super.validateParameters(uri, parameters, optionPrefix);
            return;
        }
        throw UnknownOptions.failure(uri, parameters, URI_FACTORY.propertyNames(), URI_FACTORY.secretPropertyNames());
    }

    public CosConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The component configuration: the values every cos endpoint starts from.
     */
    public void setConfiguration(CosConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The shared client for this configuration, created on first use. */
    CosClient clientFor(CosClientConfig clientConfig) {
        return clients.computeIfAbsent(clientConfig, CosClient::new);
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(CosClient::close);
        clients.clear();
        super.doStop();
    }
}
