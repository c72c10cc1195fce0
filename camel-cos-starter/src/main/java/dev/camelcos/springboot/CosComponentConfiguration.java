package dev.camelcos.springboot;

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
     * When unset the host is {bucket}.cos.{region}.myqcloud.com.
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
     * The customer-provided key for SSE-C, base64-encoded (32 bytes once decoded). Cannot be combined with
     * serverSideEncryption. Secret: masked wherever camel-cos prints endpoints; supply it from the environment or a
     * secret store, never from a committed file.
     */
    private String customerKey;

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

    public String getCustomerKey() {
        return customerKey;
    }

    public void setCustomerKey(String customerKey) {
        this.customerKey = customerKey;
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
}
