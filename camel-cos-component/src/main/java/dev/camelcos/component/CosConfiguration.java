package dev.camelcos.component;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import static dev.camelcos.component.OptionRules.check;
import static dev.camelcos.component.OptionRules.invalid;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosProxy;
import dev.camelcos.client.CosTrustStore;
import dev.camelcos.client.CosValidation;
import dev.camelcos.client.auth.CosCredentialsProvider;
import dev.camelcos.client.auth.DefaultCredentialsProvider;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.transfer.TransferOptions;
import dev.camelcos.client.transfer.TransferProgressListener;

/**
 * The options of a cos endpoint. The component holds one instance whose values every endpoint starts from
 * ({@link #copy()}); URI parameters then override them per endpoint.
 */
@UriParams
public class CosConfiguration implements Cloneable {



    static final List<String> STORAGE_CLASSES = List.of(
            "STANDARD", "STANDARD_IA", "ARCHIVE", "DEEP_ARCHIVE", "INTELLIGENT_TIERING",
            "MAZ_STANDARD", "MAZ_STANDARD_IA", "MAZ_INTELLIGENT_TIERING");
    static final List<String> ACLS = List.of("private", "public-read", "public-read-write", "default");
    static final List<String> SERVER_SIDE_ENCRYPTIONS = List.of("AES256", "cos/kms");
    static final List<String> PROXY_PROTOCOLS = List.of("HTTP", "SOCKS");

    // ---- common ----

    @UriPath(description = "The bucket, written BucketName-APPID as COS names it (e.g. examplebucket-1250000000).")
    @Metadata(required = true)
    private String bucketName;

    @UriParam(label = "common",
              description = "The COS region the bucket lives in, e.g. ap-guangzhou. Used to build the request host"
                            + " unless endpoint is set.")
    private String region;

    @UriParam(label = "common",
              description = "Overrides where requests are sent, as an http or https URL (e.g. http://127.0.0.1:9000 for"
                            + " a local emulator). When unset the host is BucketName-APPID.cos.REGION.myqcloud.com.")
    private String endpoint;

    @UriParam(label = "common", defaultValue = "false",
              description = "Create the bucket when it does not exist yet, when the endpoint starts.")
    private boolean autoCreateBucket;

    // ---- security ----

    @UriParam(label = "security", secret = true,
              description = "The SecretId of the Tencent Cloud API key (or of the temporary credentials).")
    private String secretId;

    @UriParam(label = "security", secret = true,
              description = "The SecretKey of the Tencent Cloud API key (or of the temporary credentials).")
    private String secretKey;

    @UriParam(label = "security", secret = true,
              description = "The session token of temporary (STS) credentials; leave unset for a permanent API key.")
    private String sessionToken;

    @UriParam(label = "security",
              description = "The Tencent Cloud credentials file whose [default] profile (secret_id, secret_key and"
                            + " optionally token) the default credentials chain reads when neither secretId/secretKey"
                            + " nor the TENCENTCLOUD_* environment variables are set. Default: ~/.tencentcloud/credentials.")
    private String credentialsFile;

    @UriParam(label = "security", defaultValue = "http://metadata.tencentyun.com",
              description = "The CVM instance metadata service the default credentials chain asks, last, for the"
                            + " temporary keys of the instance's CAM role (refreshed before they expire).")
    private String metadataEndpoint = "http://metadata.tencentyun.com";

    @UriParam(label = "security")
    @Metadata(autowired = true,
              description = "A provider of credentials (e.g. one that refreshes temporary credentials), used instead of"
                            + " secretId/secretKey/sessionToken.")
    private CosCredentialsProvider credentialsProvider;

    @UriParam(label = "advanced")
    @Metadata(autowired = true,
              description = "A ready-made COS client to use; when set, the connection and credential options are"
                            + " ignored and the client's owner closes it.")
    private CosClient cosClient;

    // ---- producer ----

    @UriParam(label = "producer", defaultValue = "upload",
              description = "The operation to perform when no CamelCosOperation header is set.")
    private CosOperation operation = CosOperation.upload;

    @UriParam(label = "producer",
              description = "The object key to act on when no CamelCosKey header is set.")
    private String keyName;

    @UriParam(label = "producer",
              enums = "STANDARD,STANDARD_IA,ARCHIVE,DEEP_ARCHIVE,INTELLIGENT_TIERING,MAZ_STANDARD,MAZ_STANDARD_IA,MAZ_INTELLIGENT_TIERING",
              description = "The storage class of uploaded and copied objects; the bucket's default when unset.")
    private String storageClass;

    @UriParam(label = "producer", enums = "private,public-read,public-read-write,default",
              description = "The canned ACL applied to uploaded and copied objects; the bucket's when unset.")
    private String acl;

    @UriParam(label = "producer", enums = "AES256,cos/kms",
              description = "Server-side encryption with keys managed by COS (AES256) or by KMS (cos/kms).")
    private String serverSideEncryption;

    @UriParam(label = "producer",
              description = "The KMS customer master key id used when serverSideEncryption is cos/kms; the default"
                            + " COS key when unset.")
    private String kmsKeyId;

    @UriParam(label = "producer",
              description = "The KMS encryption context (a JSON object, sent base64-encoded) used when"
                            + " serverSideEncryption is cos/kms.")
    private String kmsEncryptionContext;

    @UriParam(label = "producer,security", secret = true,
              description = "The customer-provided secret key for SSE-C, base64-encoded (32 bytes once decoded)."
                            + " Cannot be combined with serverSideEncryption.")
    private String customerSecretKey;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_MULTIPART_THRESHOLD,
              description = "Bodies of this many bytes or more are uploaded as a multipart upload by the upload"
                            + " operation (a stream of unknown length once it reaches this size), and objects this large"
                            + " are downloaded in parallel ranges by the download operation; default 16 MiB.")
    private long multipartThreshold = TransferOptions.DEFAULT_MULTIPART_THRESHOLD;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_PART_SIZE,
              description = "The size in bytes of each part of a multipart upload (at least 1 MiB, at most 5 GiB;"
                            + " larger when the object needs more than 10000 parts, rounded up to whole MiB) and of each"
                            + " range of a parallel download; default 8 MiB.")
    private long partSize = TransferOptions.DEFAULT_PART_SIZE;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_UPLOAD_CONCURRENCY,
              description = "How many parts of one multipart upload (or multipart copy) are sent at the same time. A"
                            + " stream of unknown length holds at most uploadConcurrency + 1 parts in memory.")
    private int uploadConcurrency = TransferOptions.DEFAULT_UPLOAD_CONCURRENCY;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_MULTIPART_COPY_THRESHOLD,
              description = "Objects of this many bytes or more are copied part by part by the copy operation;"
                            + " default 5 GiB.")
    private long multipartCopyThreshold = TransferOptions.DEFAULT_MULTIPART_COPY_THRESHOLD;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_COPY_PART_SIZE,
              description = "The size in bytes of each part of a multipart copy (at least 1 MiB, at most 5 GiB);"
                            + " default 64 MiB.")
    private long copyPartSize = TransferOptions.DEFAULT_COPY_PART_SIZE;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_DOWNLOAD_CONCURRENCY,
              description = "How many ranges of one object the download operation fetches at the same time.")
    private int downloadConcurrency = TransferOptions.DEFAULT_DOWNLOAD_CONCURRENCY;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_ADAPTIVE_CONCURRENCY,
              description = "Whether the parts of file and byte uploads and copies, and the ranges of downloads, grow"
                            + " in number from uploadConcurrency/downloadConcurrency (doubling) while that raises the"
                            + " transfer's throughput, up to maxConcurrency: over links where one connection gets a"
                            + " share of the bandwidth more parts in flight move more. false keeps the numbers fixed."
                            + " A stream's parts stay at uploadConcurrency, each waiting in a buffer.")
    private boolean adaptiveConcurrency = TransferOptions.DEFAULT_ADAPTIVE_CONCURRENCY;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_MAX_CONCURRENCY,
              description = "With adaptiveConcurrency: the most parts or ranges one transfer has in flight.")
    private int maxConcurrency = TransferOptions.DEFAULT_MAX_CONCURRENCY;

    // ---- advanced (connection) ----

    @UriParam(label = "advanced", defaultValue = "" + CosClientConfig.DEFAULT_CONNECT_TIMEOUT_MILLIS,
              description = "Connect timeout in milliseconds (0 means no timeout).")
    private long connectTimeout = CosClientConfig.DEFAULT_CONNECT_TIMEOUT_MILLIS;

    @UriParam(label = "advanced", defaultValue = "" + CosClientConfig.DEFAULT_READ_TIMEOUT_MILLIS,
              description = "Read timeout in milliseconds (0 means no timeout).")
    private long readTimeout = CosClientConfig.DEFAULT_READ_TIMEOUT_MILLIS;

    @UriParam(label = "advanced", defaultValue = "" + CosClientConfig.DEFAULT_WRITE_TIMEOUT_MILLIS,
              description = "Write timeout in milliseconds (0 means no timeout).")
    private long writeTimeout = CosClientConfig.DEFAULT_WRITE_TIMEOUT_MILLIS;

    @UriParam(label = "advanced", defaultValue = "" + CosClientConfig.DEFAULT_MAX_CONNECTIONS,
              description = "The most requests one client has in flight at once (a streamed object body counts until"
                            + " it is closed), and the most idle connections it keeps.")
    private int maxConnections = CosClientConfig.DEFAULT_MAX_CONNECTIONS;

    @UriParam(label = "advanced", defaultValue = "" + RetryPolicy.DEFAULT_MAX_RETRIES,
              description = "How many times a request that failed with a retryable error (network error, 5xx,"
                            + " throttling) is retried; 0 disables retries.")
    private int maxRetries = RetryPolicy.DEFAULT_MAX_RETRIES;

    // ---- proxy and TLS ----

    @UriParam(label = "proxy",
              description = "Send every request through the proxy on this host (with proxyPort). HTTPS requests are"
                            + " tunnelled through an HTTP proxy with CONNECT, so the proxy never sees their content.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of the proxy on proxyHost.")
    private Integer proxyPort;

    @UriParam(label = "proxy", defaultValue = "HTTP", enums = "HTTP,SOCKS",
              description = "How the proxy on proxyHost is spoken to: HTTP (CONNECT for HTTPS requests) or SOCKS (v5).")
    private String proxyProtocol = "HTTP";

    @UriParam(label = "proxy,security", secret = true,
              description = "The user an HTTP proxy is authenticated as (Basic authentication, sent to the proxy"
                            + " only), with proxyPassword.")
    private String proxyUsername;

    @UriParam(label = "proxy,security", secret = true, description = "The password of proxyUsername.")
    private String proxyPassword;

    @UriParam(label = "security",
              description = "A trust store file (PKCS12 or JKS, recognised from its content) whose certificates HTTPS"
                            + " endpoints are trusted by instead of the JVM's, e.g. for a private endpoint signed by a"
                            + " private CA.")
    private String trustStore;

    @UriParam(label = "security", secret = true, description = "The password of trustStore, if it has one.")
    private String trustStorePassword;

    // ---- consumer ----

    @UriParam(label = "consumer",
              description = "Only consume objects whose key starts with this prefix (e.g. incoming/). Must not start"
                            + " with '/'.")
    private String prefix;

    @UriParam(label = "consumer",
              description = "Groups keys by this delimiter (usually /) so that only the objects directly under prefix"
                            + " are consumed, not those in deeper 'folders'.")
    private String delimiter;

    @UriParam(label = "consumer", defaultValue = "1000",
              description = "The most exchanges one poll creates; 0 means no limit (each poll then lists the whole"
                            + " prefix). The listing resumes on the next poll where this one stopped and starts again"
                            + " from the beginning after the last key, so every object is reached while one poll sends"
                            + " at most ceil(maxMessagesPerPoll / listPageSize) list requests. A list request never"
                            + " asks for more keys than this.")
    private int maxMessagesPerPoll = 1000;

    @UriParam(label = "consumer", defaultValue = "1000",
              description = "How many keys each list request asks COS for (1 to 1000).")
    private int listPageSize = 1000;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Also consume folder markers (keys ending in /).")
    private boolean includeFolders;

    @UriParam(label = "consumer", defaultValue = "true",
              description = "Whether the body is the object's content, as a stream whose GET is sent ahead of the"
                            + " exchange (readAhead) or when it is first read, and which is closed when the exchange"
                            + " completes. When false the exchange carries only the headers the listing gives, and no"
                            + " GET is sent at all.")
    private boolean includeBody = true;

    @UriParam(label = "consumer", defaultValue = "16",
              description = "How many of a poll's next objects are already being downloaded while the current"
                            + " exchange is processed, so that the GETs overlap the route's work instead of waiting"
                            + " one after the other. Each such download holds one connection, with the response"
                            + " unread until its exchange reads the body. 0 downloads each object only when its body"
                            + " is first read (an exchange that never reads it costs no GET). At most 64, and at most"
                            + " half of maxConnections. Over a link with a long round trip, objects per second are at"
                            + " most readAhead / RTT.")
    private int readAhead = 16;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Delete each object once its exchange completed successfully (never after a failure).")
    private boolean deleteAfterRead;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Move each object once its exchange completed successfully (never after a failure) to"
                            + " destinationBucket, under destinationPrefix: the key keeps its part after prefix.")
    private boolean moveAfterRead;

    @UriParam(label = "consumer",
              description = "The bucket moveAfterRead moves objects to (BucketName-APPID); the consumed bucket when"
                            + " unset.")
    private String destinationBucket;

    @UriParam(label = "consumer",
              description = "The prefix moveAfterRead puts before the part of the key after prefix, e.g. done/.")
    private String destinationPrefix;

    @UriParam(label = "consumer")
    @Metadata(description = "Remembers which object versions (bucket, key and ETag) were already consumed. Its add"
                            + " decides, atomically, which consumer processes an object, so a shared persistent"
                            + " repository (JDBC, Redis, Infinispan...) lets several nodes consume one bucket. Default:"
                            + " an in-memory repository of this consumer remembering the last 100000 objects.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer", defaultValue = "0", javaType = "java.time.Duration",
              description = "Claims with a lease, for several nodes sharing idempotentRepository: a claim lasts this"
                            + " long unless its node renews it (every quarter lease), so the objects a node took and"
                            + " could not finish (it crashed or was killed) are emitted again by another node once"
                            + " the lease lapsed, at most one and a half leases later. Each node then takes only the"
                            + " objects whose key hashes to it among the live nodes, so N nodes each download about"
                            + " 1/N of the objects. Needs a repository shared by all nodes whose add is atomic, and"
                            + " node clocks that agree to well within the lease. 0: claims without a lease, which a"
                            + " node that dies keeps for ever. At least 1s otherwise, e.g. 30s.")
    private long claimLease;

    @UriParam(label = "consumer",
              description = "A regular expression the whole key must match for the object to be consumed; applied to"
                            + " the listing, before anything is downloaded.")
    private String include;

    @UriParam(label = "consumer",
              description = "A regular expression: objects whose whole key matches it are not consumed; applied to"
                            + " the listing, before anything is downloaded.")
    private String exclude;

    @UriParam(label = "consumer", defaultValue = "0", javaType = "java.time.Duration",
              description = "Skip objects modified less than this long ago (measured on COS's clock), e.g. 5m, for"
                            + " writers that are still uploading a set of objects. 0 consumes objects at once.")
    private long minAge;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "ARCHIVE and DEEP_ARCHIVE objects cannot be read until restored: by default they are"
                            + " skipped. When true the consumer requests their restore and consumes them once readable.")
    private boolean restoreArchived;

    @UriParam(label = "consumer", defaultValue = "1",
              description = "With restoreArchived: how many days the restored copy stays readable.")
    private int restoreArchivedDays = 1;

    @UriParam(label = "consumer", defaultValue = "Standard", enums = "Expedited,Standard,Bulk",
              description = "With restoreArchived: how fast (and at which cost) COS restores the object.")
    private String restoreArchivedTier = "Standard";

    @UriParam(label = "consumer",
              description = "Consume only the object with exactly this key (it must be under prefix); it is listed"
                            + " with the key as prefix, so the listing stays small. Consumed again when it is"
                            + " overwritten (new ETag).")
    private String fileName;

    @UriParam(label = "consumer",
              description = "Consume an object only once a marker object exists beside it (in the same folder), named"
                            + " by this template: ${file:name} is the object's name and ${file:name.noext} that name"
                            + " without its extension, e.g. ${file:name}.done, or a fixed name such as _SUCCESS for all"
                            + " the objects of a folder. Marker objects are never consumed themselves, and are left in"
                            + " place. Costs one HEAD per candidate object and poll.")
    private String doneFileName;

    @UriParam(label = "consumer", defaultValue = "true",
              description = "Whether the body's connection is given back when its exchange completes. A body that"
                            + " outlives its exchange (sent to a wireTap, kept by an aggregator) can be read afterwards"
                            + " either way: by default with a new ranged GET of the same version; with false on the"
                            + " first GET's own connection, which whoever ends up with the body must then close (until"
                            + " then it holds a connection).")
    private boolean autocloseBody = true;

    // ---- transfers (upload, copy, download) ----

    @UriParam(label = "producer", defaultValue = "false",
              description = "Keep the multipart upload of a File or Path body when it fails, instead of aborting it:"
                            + " uploading the same file to the same key again finds it, checks the parts already sent"
                            + " against the file (size and MD5) and sends only the missing ones.")
    private boolean resumableUpload;

    @UriParam(label = "producer", defaultValue = "" + TransferOptions.DEFAULT_FILE_CONCURRENCY,
              description = "How many files of a batch (a body that is a collection of files or a directory) the upload"
                            + " operation sends at the same time.")
    private int fileConcurrency = TransferOptions.DEFAULT_FILE_CONCURRENCY;

    @UriParam(label = "producer")
    @Metadata(autowired = true,
              description = "Told how multipart uploads, copies and downloads advance (bytes done, total, rate): at the"
                            + " start, after each part and at the end. Progress is also logged at INFO at most every 5"
                            + " seconds.")
    private TransferProgressListener progressListener;

    // ---- streaming upload ----

    @UriParam(label = "producer", defaultValue = "false",
              description = "Batch the bodies of many messages (log lines, events) into objects instead of writing one"
                            + " object per message. A batch is uploaded once it holds batchMessageNumber messages or"
                            + " batchSize bytes, or streamingUploadTimeout after its first message, under a name from"
                            + " the keyName template ({n}, {uuid}, {time:pattern}); what is left is uploaded when the"
                            + " producer stops. A message is accepted once it is in the batch, which is held in"
                            + " memory.")
    private boolean streamingUploadMode;

    @UriParam(label = "producer", defaultValue = "10",
              description = "With streamingUploadMode: a batch is uploaded once it holds this many messages; 0 for no"
                            + " limit by count.")
    private int batchMessageNumber = 10;

    @UriParam(label = "producer", defaultValue = "1048576",
              description = "With streamingUploadMode: a batch is uploaded once it holds this many bytes or more (1"
                            + " byte to 1 GiB); default 1 MiB.")
    private long batchSize = TransferOptions.MIB;

    @UriParam(label = "producer", defaultValue = "0", javaType = "java.time.Duration",
              description = "With streamingUploadMode: a batch is uploaded this long after its first message arrived,"
                            + " however little it holds, e.g. 30s; 0 for no time limit.")
    private long streamingUploadTimeout;

    @UriParam(label = "producer,advanced",
              description = "With streamingUploadMode: the clock that dates batches (their age and {time:...} in their"
                            + " names); the system clock in UTC when unset. Tests set one they move by hand.")
    private Clock streamingClock;

    /**
     * Checks the option values.
     *
     * @throws IllegalArgumentException naming the first option that breaks a rule, and the rule
     */
    public void validate() {
        validateBucketName();
        CosClientConfig.Builder client = CosClientConfig.builder();
        check("region", region, () -> client.region(region));
        check("endpoint", endpoint, () -> client.endpoint(endpoint));
        requireWrittenRight("secretId", secretId);
        requireWrittenRight("secretKey", secretKey);
        requireWrittenRight("sessionToken", sessionToken);
        requireWrittenRight("customerSecretKey", customerSecretKey);
        check("metadataEndpoint", metadataEndpoint, () -> CosClientConfig.builder().endpoint(metadataEndpoint));
        requireOneOf("storageClass", storageClass, STORAGE_CLASSES);
        requireOneOf("acl", acl, ACLS);
        requireOneOf("serverSideEncryption", serverSideEncryption, SERVER_SIDE_ENCRYPTIONS);
        if (customerSecretKey != null && serverSideEncryption != null) {
            throw invalid("customerSecretKey", "(secret)",
                    "cannot be combined with serverSideEncryption=" + serverSideEncryption + " (use one kind of encryption)");
        }
        if ((kmsKeyId != null || kmsEncryptionContext != null) && !"cos/kms".equals(serverSideEncryption)) {
            throw invalid(kmsKeyId != null ? "kmsKeyId" : "kmsEncryptionContext",
                    kmsKeyId != null ? kmsKeyId : kmsEncryptionContext, "requires serverSideEncryption=cos/kms");
        }
        TransferOptions.Builder transfer = TransferOptions.builder();
        check("multipartThreshold", multipartThreshold, () -> transfer.multipartThreshold(multipartThreshold));
        check("partSize", partSize, () -> transfer.partSize(partSize));
        check("multipartCopyThreshold", multipartCopyThreshold,
                () -> transfer.multipartCopyThreshold(multipartCopyThreshold));
        check("copyPartSize", copyPartSize, () -> transfer.copyPartSize(copyPartSize));
        check("uploadConcurrency", uploadConcurrency, () -> transfer.uploadConcurrency(uploadConcurrency));
        check("downloadConcurrency", downloadConcurrency, () -> transfer.downloadConcurrency(downloadConcurrency));
        check("fileConcurrency", fileConcurrency, () -> transfer.fileConcurrency(fileConcurrency));
        check("maxConcurrency", maxConcurrency, () -> transfer.maxConcurrency(maxConcurrency));
        check("connectTimeout", connectTimeout, () -> client.connectTimeout(Duration.ofMillis(connectTimeout)));
        check("readTimeout", readTimeout, () -> client.readTimeout(Duration.ofMillis(readTimeout)));
        check("writeTimeout", writeTimeout, () -> client.writeTimeout(Duration.ofMillis(writeTimeout)));
        check("maxConnections", maxConnections, () -> client.maxConnections(maxConnections));
        check("maxRetries", maxRetries, () -> RetryPolicy.withRetries(maxRetries));
        validateProxy();
        if (trustStore != null && !Files.isRegularFile(Path.of(trustStore))) {
            throw invalid("trustStore", trustStore, "must be a readable PKCS12 or JKS file");
        }
    }

    private void validateBucketName() {
        if (bucketName == null || bucketName.isBlank()) {
            throw new IllegalArgumentException("Invalid cos option bucketName: it is required (cos:BucketName-APPID)");
        }
        check("bucketName", bucketName, () -> CosValidation.bucket(bucketName));
    }

    private void validateProxy() {
        requireOneOf("proxyProtocol", proxyProtocol, PROXY_PROTOCOLS);
        if (proxyHost == null) {
            if (proxyPort != null || proxyUsername != null || proxyPassword != null) {
                throw invalid(proxyPort != null ? "proxyPort" : "proxyUsername",
                        proxyPort != null ? proxyPort : "(secret)", "needs proxyHost");
            }
            return;
        }
        if (proxyPort == null || proxyPort < 1 || proxyPort > 65535) {
            throw invalid("proxyPort", proxyPort, "must be from 1 to 65535 when proxyHost is set");
        }
        if ((proxyUsername == null) != (proxyPassword == null)) {
            throw invalid(proxyUsername == null ? "proxyUsername" : "proxyPassword", "(secret)",
                    "proxyUsername and proxyPassword must be given together");
        }
        if (proxyUsername != null && !"HTTP".equals(proxyProtocol)) {
            throw invalid("proxyUsername", "(secret)", "proxy credentials are supported with proxyProtocol=HTTP only");
        }
    }

    private static void requireOneOf(String option, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw invalid(option, value, "must be one of " + String.join(", ", allowed));
        }
    }

    /**
     * How a secret is mangled in a URI, caught at start instead of as a 403 later: no Tencent Cloud credential or SSE-C
     * key holds a space, but a '+' becomes one when a URI is decoded ({@code secretKey={{key}}}, which Camel resolves
     * before decoding); and a {@code RAW(} that Camel left in place was never closed.
     */
    private static void requireWrittenRight(String option, String secret) {
        if (secret == null) {
            return;
        }
        if (secret.indexOf(' ') >= 0) {
            throw invalid(option, "(secret)", "contains a space, which no Tencent Cloud credential has: a '+' of it was"
                    + " probably decoded as a URI; write it as " + option + "=RAW({{...}}) in a URI, or set it as a"
                    + " component option");
        }
        if (secret.startsWith("RAW(") || secret.startsWith("RAW{")) {
            throw invalid(option, "(secret)", "starts with RAW( but the URI has no closing ')' for it: write "
                    + option + "=RAW(...) with the whole secret inside the brackets");
        }
    }

    /**
     * The client configuration these options describe. Endpoints whose options give equal configurations share
     * one client.
     */
    public CosClientConfig toClientConfig() {
        return CosClientConfig.builder()
                .region(region)
                .endpoint(endpoint)
                .credentialsProvider(credentials())
                .connectTimeout(Duration.ofMillis(connectTimeout))
                .readTimeout(Duration.ofMillis(readTimeout))
                .writeTimeout(Duration.ofMillis(writeTimeout))
                .maxConnections(maxConnections)
                .retryPolicy(RetryPolicy.withRetries(maxRetries))
                .proxy(proxyHost != null ? new CosProxy(CosProxy.type(proxyProtocol), proxyHost,
                        proxyPort != null ? proxyPort : 0, proxyUsername, proxyPassword) : null)
                .trustStore(trustStore != null ? new CosTrustStore(Path.of(trustStore), trustStorePassword) : null)
                .build();
    }

    private CosCredentialsProvider credentials() {
        if (credentialsProvider != null) {
            return credentialsProvider;
        }
        if (secretId != null || secretKey != null) {
            if (secretId == null || secretKey == null) {
                throw new IllegalArgumentException("Invalid cos option " + (secretId == null ? "secretId" : "secretKey")
                                                   + ": secretId and secretKey must be given together");
            }
            return StaticCredentialsProvider.of(secretId, secretKey, sessionToken);
        }
        return DefaultCredentialsProvider.create(credentialsFile != null ? Path.of(credentialsFile) : null,
                URI.create(metadataEndpoint));
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

    public CosCredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    public void setCredentialsProvider(CosCredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    public CosClient getCosClient() {
        return cosClient;
    }

    public void setCosClient(CosClient cosClient) {
        this.cosClient = cosClient;
    }

    public CosConfiguration copy() {
        try {
            return (CosConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getBucketName() {
        return bucketName;
    }

    public void setBucketName(String bucketName) {
        this.bucketName = bucketName;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public boolean isAutoCreateBucket() {
        return autoCreateBucket;
    }

    public void setAutoCreateBucket(boolean autoCreateBucket) {
        this.autoCreateBucket = autoCreateBucket;
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

    public CosOperation getOperation() {
        return operation;
    }

    public void setOperation(CosOperation operation) {
        this.operation = operation;
    }

    public String getKeyName() {
        return keyName;
    }

    public void setKeyName(String keyName) {
        this.keyName = keyName;
    }

    public String getStorageClass() {
        return storageClass;
    }

    public void setStorageClass(String storageClass) {
        this.storageClass = storageClass;
    }

    public String getAcl() {
        return acl;
    }

    public void setAcl(String acl) {
        this.acl = acl;
    }

    public String getServerSideEncryption() {
        return serverSideEncryption;
    }

    public void setServerSideEncryption(String serverSideEncryption) {
        this.serverSideEncryption = serverSideEncryption;
    }

    public String getKmsKeyId() {
        return kmsKeyId;
    }

    public void setKmsKeyId(String kmsKeyId) {
        this.kmsKeyId = kmsKeyId;
    }

    public String getKmsEncryptionContext() {
        return kmsEncryptionContext;
    }

    public void setKmsEncryptionContext(String kmsEncryptionContext) {
        this.kmsEncryptionContext = kmsEncryptionContext;
    }

    public String getCustomerSecretKey() {
        return customerSecretKey;
    }

    public void setCustomerSecretKey(String customerSecretKey) {
        this.customerSecretKey = customerSecretKey;
    }

    public long getMultipartThreshold() {
        return multipartThreshold;
    }

    public void setMultipartThreshold(long multipartThreshold) {
        this.multipartThreshold = multipartThreshold;
    }

    public long getPartSize() {
        return partSize;
    }

    public void setPartSize(long partSize) {
        this.partSize = partSize;
    }

    public int getUploadConcurrency() {
        return uploadConcurrency;
    }

    public void setUploadConcurrency(int uploadConcurrency) {
        this.uploadConcurrency = uploadConcurrency;
    }

    public long getMultipartCopyThreshold() {
        return multipartCopyThreshold;
    }

    public void setMultipartCopyThreshold(long multipartCopyThreshold) {
        this.multipartCopyThreshold = multipartCopyThreshold;
    }

    public long getCopyPartSize() {
        return copyPartSize;
    }

    public void setCopyPartSize(long copyPartSize) {
        this.copyPartSize = copyPartSize;
    }

    public int getDownloadConcurrency() {
        return downloadConcurrency;
    }

    public void setDownloadConcurrency(int downloadConcurrency) {
        this.downloadConcurrency = downloadConcurrency;
    }

    public boolean isAdaptiveConcurrency() {
        return adaptiveConcurrency;
    }

    public void setAdaptiveConcurrency(boolean adaptiveConcurrency) {
        this.adaptiveConcurrency = adaptiveConcurrency;
    }

    public int getMaxConcurrency() {
        return maxConcurrency;
    }

    public void setMaxConcurrency(int maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public long getWriteTimeout() {
        return writeTimeout;
    }

    public void setWriteTimeout(long writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getListPageSize() {
        return listPageSize;
    }

    public void setListPageSize(int listPageSize) {
        this.listPageSize = listPageSize;
    }

    public boolean isIncludeFolders() {
        return includeFolders;
    }

    public void setIncludeFolders(boolean includeFolders) {
        this.includeFolders = includeFolders;
    }

    public int getReadAhead() {
        return readAhead;
    }

    public void setReadAhead(int readAhead) {
        this.readAhead = readAhead;
    }

    public boolean isIncludeBody() {
        return includeBody;
    }

    public void setIncludeBody(boolean includeBody) {
        this.includeBody = includeBody;
    }

    public boolean isDeleteAfterRead() {
        return deleteAfterRead;
    }

    public void setDeleteAfterRead(boolean deleteAfterRead) {
        this.deleteAfterRead = deleteAfterRead;
    }

    public boolean isMoveAfterRead() {
        return moveAfterRead;
    }

    public void setMoveAfterRead(boolean moveAfterRead) {
        this.moveAfterRead = moveAfterRead;
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

    public long getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(long claimLease) {
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

    public String getExclude() {
        return exclude;
    }

    public void setExclude(String exclude) {
        this.exclude = exclude;
    }

    public long getMinAge() {
        return minAge;
    }

    public void setMinAge(long minAge) {
        this.minAge = minAge;
    }

    public boolean isRestoreArchived() {
        return restoreArchived;
    }

    public void setRestoreArchived(boolean restoreArchived) {
        this.restoreArchived = restoreArchived;
    }

    public int getRestoreArchivedDays() {
        return restoreArchivedDays;
    }

    public void setRestoreArchivedDays(int restoreArchivedDays) {
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

    public boolean isAutocloseBody() {
        return autocloseBody;
    }

    public void setAutocloseBody(boolean autocloseBody) {
        this.autocloseBody = autocloseBody;
    }

    public boolean isStreamingUploadMode() {
        return streamingUploadMode;
    }

    public void setStreamingUploadMode(boolean streamingUploadMode) {
        this.streamingUploadMode = streamingUploadMode;
    }

    public int getBatchMessageNumber() {
        return batchMessageNumber;
    }

    public void setBatchMessageNumber(int batchMessageNumber) {
        this.batchMessageNumber = batchMessageNumber;
    }

    public long getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(long batchSize) {
        this.batchSize = batchSize;
    }

    public long getStreamingUploadTimeout() {
        return streamingUploadTimeout;
    }

    public void setStreamingUploadTimeout(long streamingUploadTimeout) {
        this.streamingUploadTimeout = streamingUploadTimeout;
    }

    public Clock getStreamingClock() {
        return streamingClock;
    }

    public void setStreamingClock(Clock streamingClock) {
        this.streamingClock = streamingClock;
    }

    public boolean isResumableUpload() {
        return resumableUpload;
    }

    public void setResumableUpload(boolean resumableUpload) {
        this.resumableUpload = resumableUpload;
    }

    public int getFileConcurrency() {
        return fileConcurrency;
    }

    public void setFileConcurrency(int fileConcurrency) {
        this.fileConcurrency = fileConcurrency;
    }

    public TransferProgressListener getProgressListener() {
        return progressListener;
    }

    public void setProgressListener(TransferProgressListener progressListener) {
        this.progressListener = progressListener;
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
