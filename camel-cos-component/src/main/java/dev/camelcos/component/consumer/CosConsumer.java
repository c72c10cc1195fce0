package dev.camelcos.component.consumer;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.IOHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectListing;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.component.CosHealthCheck;
import dev.camelcos.component.CosHealthChecks;
import dev.camelcos.component.CosObjectBody;

/**
 * Polls a bucket (or a prefix of it) and emits one exchange per new object version, at least once. Each poll lists
 * from where the previous one stopped; objects are selected from the listing alone (nothing is downloaded before
 * that); each is taken in the idempotent repository before its exchange is created; the body is downloaded when first
 * read, or a few objects ahead of its exchange ({@code readAhead}).
 */
public class CosConsumer extends ScheduledBatchPollingConsumer {

    /** How many object versions the default in-memory repository remembers. */
    public static final int DEFAULT_REPOSITORY_SIZE = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(CosConsumer.class);

    private final ConsumerOptions options;
    private final long claimLease;
    private CosClient client;
    private IdempotentRepository repository;
    private boolean ownsRepository;
    private ListingCursor cursor;
    private ObjectSelector selector;
    private ArchivedObjects archives;
    private ObjectClaims claims;
    private AfterRead afterRead;
    private ExecutorService readAheadPool;
    private ReadAhead readAhead;
    private CosHealthCheck healthCheck;
    private ScheduledExecutorService claimRenewals;

    /**
     * @throws IllegalArgumentException when a consumer option is invalid, naming it
     */
    public CosConsumer(CosEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.options = ConsumerOptions.of(endpoint.getConfiguration());
        this.claimLease = ConsumerOptions.claimLease(endpoint.getConfiguration());
    }

    @Override
    public CosEndpoint getEndpoint() {
        return (CosEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        client = getEndpoint().getClient();
        IdempotentRepository configured = getEndpoint().getConfiguration().getIdempotentRepository();
        ownsRepository = configured == null;
        repository = ownsRepository
                ? MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE) : configured;
        ServiceHelper.startService(repository);
        cursor = new ListingCursor(client, options);
        selector = new ObjectSelector(options, client);
        archives = new ArchivedObjects(client, options, getExceptionHandler());
        LocalRepositoryWarning.check(this, repository, claimLease);
        claims = new ObjectClaims(repository, options.bucket(), options.prefix(), claimLease, getExceptionHandler());
        if (claimLease > 0) {
            claimRenewals = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "CosConsumerClaimRenewals");
            claims.start(claimRenewals);
        }
        afterRead = new AfterRead(client, options);
        if (options.includeBody() && options.readAhead() > 0) {
            readAheadPool = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newFixedThreadPool(this, "CosConsumerReadAhead", options.readAhead());
        }
        readAhead = new ReadAhead(readAheadPool == null ? 0 : options.readAhead(), readAheadPool);
        super.doStart();
        healthCheck = CosHealthChecks.registerConsumer(this);
    }

    @Override
    protected void doStop() throws Exception {
        CosHealthChecks.unregister(healthCheck);
        super.doStop();
        if (readAheadPool != null) {
            // downloads already started finish, and the content they belong to closes them
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(readAheadPool);
            readAheadPool = null;
        }
        if (claimRenewals != null) {
            // Camel stops a consumer once its exchanges in flight are done, so no claim needs renewing any more
            claims.stop();
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdown(claimRenewals);
            claimRenewals = null;
        }
        if (ownsRepository) {
            ServiceHelper.stopService(repository);
        }
    }

    @Override
    protected int poll() throws Exception {
        // a new poll: forget the shutdown state of the previous one
        shutdownRunningTask = null;
        pendingExchanges = 0;
        Queue<Object> batch = new ArrayDeque<>();
        try {
            collect(batch);
        } catch (RuntimeException e) {
            abandon(batch);
            throw e;
        }
        forceConsumerAsReady();
        return processBatch(batch);
    }

    /**
     * Lists from where the previous poll stopped until the batch is full (at most ceil(maxMessagesPerPoll /
     * listPageSize) pages) or the listing ends, and takes the new objects it finds.
     */
    private void collect(Queue<Object> batch) {
        int limit = maxMessagesPerPoll > 0 ? maxMessagesPerPoll : Integer.MAX_VALUE;
        int maxPages = maxMessagesPerPoll > 0
                ? (maxMessagesPerPoll + options.listPageSize() - 1) / options.listPageSize() : Integer.MAX_VALUE;
        int pages = 0;
        boolean full = false;
        boolean listingEnded = false;
        while (!full && !listingEnded && pages < maxPages) {
            ObjectListing page = cursor.nextPage();
            pages++;
            // ages are measured on COS's clock, the one LastModified is on
            Instant now = page.getServerTime() != null ? page.getServerTime() : Instant.now();
            List<ObjectSummary> objects = page.getContents();
            int last = objects.size() - 1;
            for (int i = 0; i <= last && !full; i++) {
                if (isNew(objects.get(i), now)) {
                    batch.add(claim(objects.get(i)));
                    full = batch.size() == limit;
                    last = full ? i : last;
                }
            }
            listingEnded = cursor.doneUpTo(page, last);
        }
        LOG.debug("Listed {} page(s) of {}/{}{}: {} new object(s)", pages, options.bucket(), options.prefix(),
                listingEnded ? " up to its end" : "", batch.size());
    }

    private boolean isNew(ObjectSummary object, Instant now) {
        if (!selector.accepts(object, now)) {
            return false;
        }
        if (ArchivedObjects.isArchived(object) && (claims.isTaken(object) || !archives.isReadable(object))) {
            return false;
        }
        return claims.take(object);
    }

    private Claimed claim(ObjectSummary object) {
        Exchange exchange = createExchange(false);
        ObjectHeaders.fromListing(exchange.getIn(), options.bucket(), object);
        LazyObjectContent content = null;
        CosObjectBody body = null;
        if (options.includeBody()) {
            // If-Match: the content read is the version whose ETag the headers carry, or the exchange fails
            GetObjectRequest get = new GetObjectRequest(options.bucket(), object.getKey()).setIfMatch(object.getETag());
            content = new LazyObjectContent(options.bucket() + "/" + object.getKey(), () -> client.getObject(get),
                    metadata -> ObjectHeaders.fromDownload(exchange.getMessage(), metadata));
            body = new CosObjectBody(client, get, object.getETag(), 0, object.getSize(), content);
            exchange.getIn().setBody(body);
        }
        return new Claimed(object, exchange, content, body);
    }

    @Override
    public int processBatch(Queue<Object> batch) throws Exception {
        List<Claimed> claimed = new ArrayList<>(batch.size());
        batch.forEach(next -> claimed.add((Claimed) next));
        batch.clear();
        int total = claimed.size();
        int index = 0;
        for (; index < total && isBatchAllowed(); index++) {
            for (int ahead = index + 1; ahead <= Math.min(index + readAhead.size(), total - 1); ahead++) {
                readAhead.start(claimed.get(ahead).content());
            }
            Exchange exchange = claimed.get(index).exchange();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            exchange.getExchangeExtension().addOnCompletion(new ObjectCompletion(claimed.get(index).object(),
                    options.autocloseBody() ? claimed.get(index).body() : null, claims, afterRead,
                    getExceptionHandler()));
            getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
        }
        abandon(claimed.subList(index, total));
        return total;
    }

    /**
     * Objects taken but not processed (the consumer is stopping): given back for a later poll or another node, and
     * any download read ahead for them closed.
     */
    private void abandon(Collection<?> unprocessed) {
        for (Object next : unprocessed) {
            Claimed claimed = (Claimed) next;
            IOHelper.close(claimed.content());
            claims.release(claimed.object());
            releaseExchange(claimed.exchange(), false);
        }
        pendingExchanges = 0;
    }

    /** An object taken by this consumer, and the exchange that carries it. */
    private record Claimed(ObjectSummary object, Exchange exchange, LazyObjectContent content, CosObjectBody body) {
    }
}
