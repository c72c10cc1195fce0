package dev.camelcos.component;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.consumer.CosConsumer;

/**
 * Store and retrieve objects in Tencent Cloud Object Storage (COS).
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "cos", title = "Tencent Cloud COS", syntax = "cos:bucketName",
             category = { Category.CLOUD, Category.FILE }, headersClass = CosConstants.class)
public class CosEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriParam
    private CosConfiguration configuration;

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
        CosConsumer consumer = new CosConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
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
}
