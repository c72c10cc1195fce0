package dev.camelcos.springboot;

import java.time.Clock;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.auth.CosCredentialsProvider;
import dev.camelcos.client.transfer.TransferProgressListener;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosOperation;

/**
 * Store and retrieve objects in Tencent Cloud Object Storage (COS): the options of the cos component, as
 * {@code camel.component.cos.*} properties. One property per component option of camel-cos (the component JSON
 * lists them; a test keeps the two in step). An unset property leaves the component's default, which the
 * configuration metadata shows.
 */
@ConfigurationProperties(prefix = CosComponentConfiguration.PREFIX)
public class CosComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.cos";

    /**
     * Create the bucket when it does not exist yet, when the endpoint starts.
     */
    private Boolean autoCreateBucket;

    /**
     * The component configuration: the values every cos endpoint starts from. Refer to a bean with #bean:name; the
     * other camel.component.cos properties are then applied on top of it.
     */
    private CosConfiguration configuration;

    /**
     * Overrides where requests are sent, as an http or https URL (e.g. http://127.0.0.1:9000 for a local emulator).
     * When unset the host is BucketName-APPID.cos.REGION.myqcloud.com.
     */
    private String endpoint;

    /**
     * The COS region the bucket lives in, e.g. ap-guangzhou. Used to build the request host unless endpoint is set.
     */
    private String region;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Claims with a lease, for several nodes sharing idempotentRepository: a claim lasts this many milliseconds unless
     * its node renews it (every quarter lease), so the objects a node took and could not finish (it crashed or was
     * killed) are emitted again by another node once the lease lapsed, at most one and a half leases later. Each node
     * then takes only the objects whose key hashes to it among the live nodes, so N nodes each download about 1/N of
     * the objects. Needs a repository shared by all nodes whose add is atomic, and node clocks that agree to well
     * within the lease. 0: claims without a lease, which a node that dies keeps for ever. At least 1000 otherwise.
     */
    private Long claimLease;

    /**
     * Delete each object once its exchange completed successfully (never after a failure).
     */
    private Boolean deleteAfterRead;

    /**
     * Groups keys by this delimiter (usually /) so that only the objects directly under prefix are consumed,
     * not those in deeper 'folders'.
     */
    private String delimiter;

    /**
     * The bucket moveAfterRead moves objects to (BucketName-APPID); the consumed bucket when unset.
     */
    private String destinationBucket;

    /**
     * The prefix moveAfterRead puts before the part of the key after prefix, e.g. done/.
     */
    private String destinationPrefix;

    /**
     * A regular expression: objects whose whole key matches it are not consumed; applied to the listing, before
     * anything is downloaded.
     */
    private String exclude;

    /**
     * Remembers which object versions (bucket, key and ETag) were already consumed. Its add decides, atomically,
     * which consumer processes an object, so a shared persistent repository (JDBC, Redis, Infinispan...) lets several
     * nodes consume one bucket. Default: an in-memory repository of this consumer remembering the last 100000
     * objects. Refer to a bean with #bean:name.
     */
    private IdempotentRepository idempotentRepository;

    /**
     * A regular expression the whole key must match for the object to be consumed; applied to the listing,
     * before anything is downloaded.
     */
    private String include;

    /**
     * Whether the body is the object's content, as a stream whose GET is sent ahead of the exchange (readAhead) or
     * when it is first read, and which is closed when the exchange completes. When false the exchange carries only
     * the headers the listing gives, and no GET is sent at all.
     */
    private Boolean includeBody;

    /**
     * Also consume folder markers (keys ending in /).
     */
    private Boolean includeFolders;

    /**
     * How many keys each list request asks COS for (1 to 1000).
     */
    private Integer listPageSize;

    /**
     * The most exchanges one poll creates; 0 means no limit (each poll then lists the whole prefix). The
     * listing resumes on the next poll where this one stopped and starts again from the beginning after the last key,
     * so every object is reached while one poll sends at most ceil(maxMessagesPerPoll / listPageSize) list requests.
     * A list request never asks for more keys than this.
     */
    private Integer maxMessagesPerPoll;

    /**
     * Skip objects modified less than this many milliseconds ago (measured on COS's clock), for writers that are
     * still uploading a set of objects. 0 consumes objects at once.
     */
    private Long minAge;

    /**
     * Move each object once its exchange completed successfully (never after a failure) to destinationBucket,
     * under destinationPrefix: the key keeps its part after prefix.
     */
    private Boolean moveAfterRead;

    /**
     * Only consume objects whose key starts with this prefix (e.g. incoming/). Must not start with '/'.
     */
    private String prefix;

    /**
     * How many of a poll's next objects are already being downloaded while the current exchange is processed, so
     * that the GETs overlap the route's work instead of waiting one after the other. Each such download holds one
     * connection, with the response unread until its exchange reads the body. 0 downloads each object only when its
     * body is first read (an exchange that never reads it costs no GET). At most 64.
     */
    private Integer readAhead;

    /**
     * ARCHIVE and DEEP_ARCHIVE objects cannot be read until restored: by default they are skipped. When true the
     * consumer requests their restore and consumes them once readable.
     */
    private Boolean restoreArchived;

    /**
     * With restoreArchived: how many days the restored copy stays readable.
     */
    private Integer restoreArchivedDays;

    /**
     * With restoreArchived: how fast (and at which cost) COS restores the object.
     */
    private String restoreArchivedTier;

    /**
     * Consume only the object with exactly this key (it must be under prefix); it is listed with the key as prefix,
     * so the listing stays small. Consumed again when it is overwritten (new ETag).
     */
    private String fileName;

    /**
     * Consume an object only once a marker object exists beside it (in the same folder), named by this template:
     * ${file:name} is the object's name and ${file:name.noext} that name without its extension, e.g.
     * ${file:name}.done, or a fixed name such as _SUCCESS for all the objects of a folder. Marker objects are never
     * consumed themselves, and are left in place. Costs one HEAD per candidate object and poll.
     */
    private String doneFileName;

    /**
     * Whether the body's connection is given back when its exchange completes. A body that outlives its exchange
     * (sent to a wireTap, kept by an aggregator) can be read afterwards either way: by default with a new ranged GET
     * of the same version; with false on the first GET's own connection, which whoever ends up with the body must
     * then close (until then it holds a connection).
     */
    private Boolean autocloseBody;

    /**
     * The canned ACL applied to uploaded and copied objects; the bucket's when unset.
     */
    private String acl;

    /**
     * The size in bytes of each part of a multipart copy (at least 1 MiB, at most 5 GiB); default 64 MiB.
     */
    private Long copyPartSize;

    /**
     * How many ranges of one object the download operation fetches at the same time.
     */
    private Integer downloadConcurrency;

    /**
     * The object key to act on when no CamelCosKey header is set.
     */
    private String keyName;

    /**
     * The KMS encryption context (a JSON object, sent base64-encoded) used when serverSideEncryption is cos/kms.
     */
    private String kmsEncryptionContext;

    /**
     * The KMS customer master key id used when serverSideEncryption is cos/kms; the default COS key when unset.
     */
    private String kmsKeyId;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer;

    /**
     * Objects of this many bytes or more are copied part by part by the copy operation; default 5 GiB.
     */
    private Long multipartCopyThreshold;

    /**
     * Bodies of this many bytes or more are uploaded as a multipart upload by the upload operation (a stream of
     * unknown length once it reaches this size), and objects this large are downloaded in parallel ranges by the
     * download operation; default 16 MiB.
     */
    private Long multipartThreshold;

    /**
     * The operation to perform when no CamelCosOperation header is set.
     */
    private CosOperation operation;

    /**
     * The size in bytes of each part of a multipart upload (at least 1 MiB, at most 5 GiB; larger when the object
     * needs more than 10000 parts, rounded up to whole MiB) and of each range of a parallel download; default 8 MiB.
     */
    private Long partSize;

    /**
     * Server-side encryption with keys managed by COS (AES256) or by KMS (cos/kms).
     */
    private String serverSideEncryption;

    /**
     * The storage class of uploaded and copied objects; the bucket's default when unset.
     */
    private String storageClass;

    /**
     * How many parts of one multipart upload (or multipart copy) are sent at the same time. A stream of unknown
     * length holds at most uploadConcurrency + 1 parts in memory.
     */
    private Integer uploadConcurrency;

    /**
     * Batch the bodies of many messages (log lines, events) into objects instead of writing one object per message.
     * A batch is uploaded once it holds batchMessageNumber messages or batchSize bytes, or streamingUploadTimeout
     * after its first message, under a name from the keyName template ({n}, {uuid}, {time:pattern}); what is left is
     * uploaded when the producer stops. A message is accepted once it is in the batch, which is held in memory.
     */
    private Boolean streamingUploadMode;

    /**
     * With streamingUploadMode: a batch is uploaded once it holds this many messages; 0 for no limit by count.
     */
    private Integer batchMessageNumber;

    /**
     * With streamingUploadMode: a batch is uploaded once it holds this many bytes or more (1 byte to 1 GiB); default
     * 1 MiB.
     */
    private Long batchSize;

    /**
     * With streamingUploadMode: a batch is uploaded this long after its first message arrived, however little it
     * holds, in milliseconds (e.g. 30000); 0 for no time limit.
     */
    private Long streamingUploadTimeout;

    /**
     * With streamingUploadMode: the clock that dates batches (their age and {time:...} in their names); the system
     * clock in UTC when unset. Refer to a bean with #bean:name.
     */
    private Clock streamingClock;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;

    /**
     * Connect timeout in milliseconds (0 means no timeout).
     */
    private Long connectTimeout;

    /**
     * A ready-made COS client to use; when set, the connection and credential options are ignored and the client's
     * owner closes it. Refer to a bean with #bean:name. A single bean of this type in the application context is used
     * automatically.
     */
    private CosClient cosClient;

    /**
     * The size of the HTTP connection pool.
     */
    private Integer maxConnections;

    /**
     * How many times a request that failed with a retryable error (network error, 5xx, throttling) is retried; 0
     * disables retries.
     */
    private Integer maxRetries;

    /**
     * Read timeout in milliseconds (0 means no timeout).
     */
    private Long readTimeout;

    /**
     * Write timeout in milliseconds (0 means no timeout).
     */
    private Long writeTimeout;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * A provider of credentials (e.g. one that refreshes temporary credentials), used instead of
     * secretId/secretKey/sessionToken. Refer to a bean with #bean:name. A single bean of this type in the application
     * context is used automatically.
     */
    private CosCredentialsProvider credentialsProvider;

    /**
     * Keep the multipart upload of a File or Path body when it fails, instead of aborting it: uploading the same file
     * to the same key again finds it, checks the parts already sent against the file (size and MD5) and sends only
     * the missing ones.
     */
    private Boolean resumableUpload;

    /**
     * How many files of a batch (a body that is a collection of files or a directory) the upload operation sends at
     * the same time.
     */
    private Integer fileConcurrency;

    /**
     * Told how multipart uploads, copies and downloads advance (bytes done, total, rate): at the start, after each
     * part and at the end. Refer to a bean with #bean:name. A single bean of this type in the application context is
     * used automatically.
     */
    private TransferProgressListener progressListener;

    /**
     * The algorithm of the customer-provided key (SSE-C).
     */
    private String customerAlgorithm;

    /**
     * The customer-provided secret key for SSE-C, base64-encoded (32 bytes once decoded). Cannot be combined with
     * serverSideEncryption. Secret: masked wherever camel-cos prints endpoints; supply it from the environment or a
     * secret store, never from a committed file.
     */
    private String customerSecretKey;

    /**
     * The SecretId of the Tencent Cloud API key (or of the temporary credentials). Secret: masked wherever camel-cos
     * prints endpoints; supply it from the environment or a secret store, never from a committed file.
     */
    private String secretId;

    /**
     * The SecretKey of the Tencent Cloud API key (or of the temporary credentials). Secret: masked wherever camel-cos
     * prints endpoints; supply it from the environment or a secret store, never from a committed file.
     */
    private String secretKey;

    /**
     * The session token of temporary (STS) credentials; leave unset for a permanent API key. Secret: masked wherever
     * camel-cos prints endpoints; supply it from the environment or a secret store, never from a committed file.
     */
    private String sessionToken;

    /**
     * The Tencent Cloud credentials file whose [default] profile (secret_id, secret_key and optionally token) the
     * default credentials chain reads when neither secretId/secretKey nor the TENCENTCLOUD_* environment variables are
     * set. Default: ~/.tencentcloud/credentials.
     */
    private String credentialsFile;

    /**
     * The CVM instance metadata service the default credentials chain asks, last, for the temporary keys of the
     * instance's CAM role (refreshed before they expire).
     */
    private String metadataEndpoint;

    /**
     * Send every request through the proxy on this host (with proxyPort). HTTPS requests are tunnelled through an
     * HTTP proxy with CONNECT, so the proxy never sees their content.
     */
    private String proxyHost;

    /**
     * The port of the proxy on proxyHost.
     */
    private Integer proxyPort;

    /**
     * How the proxy on proxyHost is spoken to: HTTP (CONNECT for HTTPS requests) or SOCKS (v5).
     */
    private String proxyProtocol;

    /**
     * The user an HTTP proxy is authenticated as (Basic authentication, sent to the proxy only), with
     * proxyPassword. Secret: masked wherever
     * camel-cos prints endpoints; supply it from the environment or a secret store, never from a committed file.
     */
    private String proxyUsername;

    /**
     * The password of proxyUsername. Secret: masked wherever
     * camel-cos prints endpoints; supply it from the environment or a secret store, never from a committed file.
     */
    private String proxyPassword;

    /**
     * A trust store file (PKCS12 or JKS, recognised from its content) whose certificates HTTPS endpoints are
     * trusted by instead of the JVM's, e.g. for a private endpoint signed by a private CA.
     */
    private String trustStore;

    /**
     * The password of trustStore, if it has one. Secret: masked wherever
     * camel-cos prints endpoints; supply it from the environment or a secret store, never from a committed file.
     */
    private String trustStorePassword;

    public Boolean getAutoCreateBucket() {
        return autoCreateBucket;
    }

    public void setAutoCreateBucket(Boolean autoCreateBucket) {
        this.autoCreateBucket = autoCreateBucket;
    }

    public CosConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CosConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getDeleteAfterRead() {
        return deleteAfterRead;
    }

    public void setDeleteAfterRead(Boolean deleteAfterRead) {
        this.deleteAfterRead = deleteAfterRead;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public String getDestinationBucket() {
        return destinationBucket;
    }

    public void setDestinationBucket(String destinationBucket) {
        this.destinationBucket = destinationBucket;
    }

    public String getDestinationPrefix() {
        return destinationPrefix;
    }

    public void setDestinationPrefix(String destinationPrefix) {
        this.destinationPrefix = destinationPrefix;
    }

    public String getExclude() {
        return exclude;
    }

    public void setExclude(String exclude) {
        this.exclude = exclude;
    }

    public Long getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(Long claimLease) {
        this.claimLease = claimLease;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getInclude() {
        return include;
    }

    public void setInclude(String include) {
        this.include = include;
    }

    public Boolean getIncludeBody() {
        return includeBody;
    }

    public void setIncludeBody(Boolean includeBody) {
        this.includeBody = includeBody;
    }

    public Boolean getIncludeFolders() {
        return includeFolders;
    }

    public void setIncludeFolders(Boolean includeFolders) {
        this.includeFolders = includeFolders;
    }

    public Integer getListPageSize() {
        return listPageSize;
    }

    public void setListPageSize(Integer listPageSize) {
        this.listPageSize = listPageSize;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public Long getMinAge() {
        return minAge;
    }

    public void setMinAge(Long minAge) {
        this.minAge = minAge;
    }

    public Boolean getMoveAfterRead() {
        return moveAfterRead;
    }

    public void setMoveAfterRead(Boolean moveAfterRead) {
        this.moveAfterRead = moveAfterRead;
    }

    public Integer getReadAhead() {
        return readAhead;
    }

    public void setReadAhead(Integer readAhead) {
        this.readAhead = readAhead;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Boolean getRestoreArchived() {
        return restoreArchived;
    }

    public void setRestoreArchived(Boolean restoreArchived) {
        this.restoreArchived = restoreArchived;
    }

    public Integer getRestoreArchivedDays() {
        return restoreArchivedDays;
    }

    public void setRestoreArchivedDays(Integer restoreArchivedDays) {
        this.restoreArchivedDays = restoreArchivedDays;
    }

    public String getRestoreArchivedTier() {
        return restoreArchivedTier;
    }

    public void setRestoreArchivedTier(String restoreArchivedTier) {
        this.restoreArchivedTier = restoreArchivedTier;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getDoneFileName() {
        return doneFileName;
    }

    public void setDoneFileName(String doneFileName) {
        this.doneFileName = doneFileName;
    }

    public Boolean getAutocloseBody() {
        return autocloseBody;
    }

    public void setAutocloseBody(Boolean autocloseBody) {
        this.autocloseBody = autocloseBody;
    }

    public String getAcl() {
        return acl;
    }

    public void setAcl(String acl) {
        this.acl = acl;
    }

    public Long getCopyPartSize() {
        return copyPartSize;
    }

    public void setCopyPartSize(Long copyPartSize) {
        this.copyPartSize = copyPartSize;
    }

    public Integer getDownloadConcurrency() {
        return downloadConcurrency;
    }

    public void setDownloadConcurrency(Integer downloadConcurrency) {
        this.downloadConcurrency = downloadConcurrency;
    }

    public String getKeyName() {
        return keyName;
    }

    public void setKeyName(String keyName) {
        this.keyName = keyName;
    }

    public String getKmsEncryptionContext() {
        return kmsEncryptionContext;
    }

    public void setKmsEncryptionContext(String kmsEncryptionContext) {
        this.kmsEncryptionContext = kmsEncryptionContext;
    }

    public String getKmsKeyId() {
        return kmsKeyId;
    }

    public void setKmsKeyId(String kmsKeyId) {
        this.kmsKeyId = kmsKeyId;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Long getMultipartCopyThreshold() {
        return multipartCopyThreshold;
    }

    public void setMultipartCopyThreshold(Long multipartCopyThreshold) {
        this.multipartCopyThreshold = multipartCopyThreshold;
    }

    public Long getMultipartThreshold() {
        return multipartThreshold;
    }

    public void setMultipartThreshold(Long multipartThreshold) {
        this.multipartThreshold = multipartThreshold;
    }

    public CosOperation getOperation() {
        return operation;
    }

    public void setOperation(CosOperation operation) {
        this.operation = operation;
    }

    public Long getPartSize() {
        return partSize;
    }

    public void setPartSize(Long partSize) {
        this.partSize = partSize;
    }

    public String getServerSideEncryption() {
        return serverSideEncryption;
    }

    public void setServerSideEncryption(String serverSideEncryption) {
        this.serverSideEncryption = serverSideEncryption;
    }

    public String getStorageClass() {
        return storageClass;
    }

    public void setStorageClass(String storageClass) {
        this.storageClass = storageClass;
    }

    public Integer getUploadConcurrency() {
        return uploadConcurrency;
    }

    public void setUploadConcurrency(Integer uploadConcurrency) {
        this.uploadConcurrency = uploadConcurrency;
    }

    public Boolean getStreamingUploadMode() {
        return streamingUploadMode;
    }

    public void setStreamingUploadMode(Boolean streamingUploadMode) {
        this.streamingUploadMode = streamingUploadMode;
    }

    public Integer getBatchMessageNumber() {
        return batchMessageNumber;
    }

    public void setBatchMessageNumber(Integer batchMessageNumber) {
        this.batchMessageNumber = batchMessageNumber;
    }

    public Long getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Long batchSize) {
        this.batchSize = batchSize;
    }

    public Long getStreamingUploadTimeout() {
        return streamingUploadTimeout;
    }

    public void setStreamingUploadTimeout(Long streamingUploadTimeout) {
        this.streamingUploadTimeout = streamingUploadTimeout;
    }

    public Clock getStreamingClock() {
        return streamingClock;
    }

    public void setStreamingClock(Clock streamingClock) {
        this.streamingClock = streamingClock;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public CosClient getCosClient() {
        return cosClient;
    }

    public void setCosClient(CosClient cosClient) {
        this.cosClient = cosClient;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Long getWriteTimeout() {
        return writeTimeout;
    }

    public void setWriteTimeout(Long writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public CosCredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    public void setCredentialsProvider(CosCredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    public String getCustomerAlgorithm() {
        return customerAlgorithm;
    }

    public void setCustomerAlgorithm(String customerAlgorithm) {
        this.customerAlgorithm = customerAlgorithm;
    }

    public String getCustomerSecretKey() {
        return customerSecretKey;
    }

    public void setCustomerSecretKey(String customerSecretKey) {
        this.customerSecretKey = customerSecretKey;
    }

    public String getSecretId() {
        return secretId;
    }

    public void setSecretId(String secretId) {
        this.secretId = secretId;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSessionToken() {
        return sessionToken;
    }

    public void setSessionToken(String sessionToken) {
        this.sessionToken = sessionToken;
    }

    public Boolean getResumableUpload() {
        return resumableUpload;
    }

    public void setResumableUpload(Boolean resumableUpload) {
        this.resumableUpload = resumableUpload;
    }

    public Integer getFileConcurrency() {
        return fileConcurrency;
    }

    public void setFileConcurrency(Integer fileConcurrency) {
        this.fileConcurrency = fileConcurrency;
    }

    public TransferProgressListener getProgressListener() {
        return progressListener;
    }

    public void setProgressListener(TransferProgressListener progressListener) {
        this.progressListener = progressListener;
    }

    public String getCredentialsFile() {
        return credentialsFile;
    }

    public void setCredentialsFile(String credentialsFile) {
        this.credentialsFile = credentialsFile;
    }

    public String getMetadataEndpoint() {
        return metadataEndpoint;
    }

    public void setMetadataEndpoint(String metadataEndpoint) {
        this.metadataEndpoint = metadataEndpoint;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyProtocol() {
        return proxyProtocol;
    }

    public void setProxyProtocol(String proxyProtocol) {
        this.proxyProtocol = proxyProtocol;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public String getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }
}
