package dev.camelcos.component;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.transfer.CosTransferManager;
import dev.camelcos.component.producer.CosExchange;
import dev.camelcos.component.producer.CosOperationHandlers;
import dev.camelcos.component.producer.StreamingUpload;
import dev.camelcos.component.producer.Transfers;

/**
 * The cos producer: resolves the operation (header {@value CosConstants#OPERATION}, else the endpoint option
 * operation) and hands the exchange to that operation's handler; in streaming upload mode it appends each message to
 * the current batch instead.
 */
public class CosProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(CosProducer.class);

    private CosHealthCheck healthCheck;
    private volatile StreamingUpload streaming;
    private ScheduledExecutorService streamingTimer;
    /** Runs the parts, ranges and files of transfers; cached, since each transfer bounds its own. */
    private ExecutorService transferThreads;
    private CosTransferManager transfers;

    public CosProducer(CosEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        transferThreads = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newCachedThreadPool(this, "CosTransfer");
        transfers = Transfers.manager(getEndpoint(), transferThreads);
        if (getEndpoint().getConfiguration().isStreamingUploadMode()) {
            startStreaming();
        }
        healthCheck = CosHealthChecks.registerProducer(this);
    }

    private void startStreaming() {
        streaming = StreamingUpload.of(getEndpoint().getClient(), getEndpoint().getConfiguration());
        Duration period = streaming.checkPeriod();
        if (period != null) {
            streamingTimer = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "CosStreamingUpload");
            streamingTimer.scheduleWithFixedDelay(this::uploadDueBatch, period.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void uploadDueBatch() {
        try {
            streaming.uploadIfDue();
        } catch (RuntimeException e) {
            LOG.warn("Could not upload a streaming batch whose time was up; it is kept and tried again", e);
        }
    }

    /** The readiness check this producer registered when it started, if health checks are on. */
    CosHealthCheck getHealthCheck() {
        return healthCheck;
    }

    @Override
    protected void doStop() throws Exception {
        CosHealthChecks.unregister(healthCheck);
        if (streamingTimer != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(streamingTimer);
            streamingTimer = null;
        }
        if (streaming != null) {
            // nothing accepted is left behind: the last batch is uploaded however small
            streaming.flush();
        }
        if (transfers != null) {
            transfers.close();
            transfers = null;
        }
        if (transferThreads != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(transferThreads);
            transferThreads = null;
        }
        super.doStop();
    }

    @Override
    public CosEndpoint getEndpoint() {
        return (CosEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        if (streaming != null) {
            streaming.add(new CosExchange(exchange, getEndpoint(), CosOperation.upload, transfers));
            return;
        }
        CosOperation operation = resolveOperation(exchange);
        CosOperationHandlers.forOperation(operation).process(new CosExchange(exchange, getEndpoint(), operation, transfers));
    }

    CosOperation resolveOperation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(CosConstants.OPERATION);
        if (header != null) {
            return CosOperation.parse(header);
        }
        CosOperation configured = getEndpoint().getConfiguration().getOperation();
        return configured != null ? configured : CosOperation.upload;
    }
}
