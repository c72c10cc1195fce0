package dev.camelcos.client.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelcos.client.CosClientConfig;
import okhttp3.HttpUrl;

/** Where a request goes: COS's virtual-hosted names, or an endpoint override (path style for IPs and localhost). */
public final class CosEndpoints {

    private static final String COS_DOMAIN = ".myqcloud.com";
    /** A client that talks to more buckets than this makes the rest's base URLs afresh each time. */
    private static final int MAX_KNOWN_BUCKETS = 1024;

    private final String region;
    private final URI endpoint;
    private final boolean pathStyle;
    private final HttpUrl serviceBase;
    private final Map<String, HttpUrl> bucketBases = new ConcurrentHashMap<>();

    public CosEndpoints(CosClientConfig config) {
        this.region = config.region();
        this.endpoint = config.endpoint();
        this.pathStyle = config.pathStyle();
        this.serviceBase = newBase(null);
    }

    /** The URL of a bucket ({@code key} null), an object, or the service ({@code bucket} null). */
    public HttpUrl url(String bucket, String key) {
        String path = encodedPath(bucket, key);
        return base(bucket).newBuilder().encodedPath(path.isEmpty() ? "/" : path).build();
    }

    /** The decoded path the signature covers: exactly the request path as the server decodes it. */
    public String signedPath(String bucket, String key) {
        StringBuilder path = new StringBuilder();
        if (bucket != null && pathStyle) {
            path.append('/').append(bucket);
        }
        path.append('/');
        if (key != null) {
            path.append(key);
        }
        return path.toString();
    }

    /** The value of {@code x-cos-copy-source} for an object in this or another region. */
    public String copySource(String bucket, String sourceRegion, String key, String versionId) {
        String r = sourceRegion != null ? sourceRegion : region;
        String source = bucket + ".cos." + r + COS_DOMAIN + "/" + CosEncoding.encodePath(key);
        return versionId == null ? source : source + "?versionId=" + CosEncoding.encode(versionId);
    }

    private String encodedPath(String bucket, String key) {
        StringBuilder path = new StringBuilder();
        if (bucket != null && pathStyle) {
            path.append('/').append(bucket);
        }
        path.append('/');
        if (key != null) {
            path.append(hasDotSegment(key) ? CosEncoding.encode(key) : CosEncoding.encodePath(key));
        }
        return path.toString();
    }

    /**
     * Whether a key has a {@code .} or {@code ..} segment ({@code k/./a.txt}, {@code ../a}). OkHttp, like browsers,
     * resolves such segments away, so COS would get a path other than the one signed: these keys go as one path
     * segment with their slashes escaped, which COS decodes back to the same key.
     */
    static boolean hasDotSegment(String key) {
        int start = 0;
        while (start <= key.length()) {
            int end = key.indexOf('/', start);
            if (end < 0) {
                end = key.length();
            }
            int length = end - start;
            if ((length == 1 || length == 2) && key.startsWith(length == 1 ? "." : "..", start)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * The scheme, host and port of a bucket's (or the service's, {@code bucket} null) URLs, made once per bucket:
     * OkHttp checks and canonicalises a host each time one is set, which a URL derived from this one skips.
     */
    private HttpUrl base(String bucket) {
        if (bucket == null) {
            return serviceBase;
        }
        HttpUrl known = bucketBases.get(bucket);
        if (known != null) {
            return known;
        }
        HttpUrl made = newBase(bucket);
        if (bucketBases.size() < MAX_KNOWN_BUCKETS) {
            bucketBases.put(bucket, made);
        }
        return made;
    }

    private HttpUrl newBase(String bucket) {
        if (endpoint == null) {
            String host = bucket == null ? "service.cos" + COS_DOMAIN : bucket + ".cos." + region + COS_DOMAIN;
            return new HttpUrl.Builder().scheme("https").host(host).build();
        }
        HttpUrl.Builder b = new HttpUrl.Builder().scheme(endpoint.getScheme())
                .host(bucket == null || pathStyle ? endpoint.getHost() : bucket + "." + endpoint.getHost());
        if (endpoint.getPort() > 0) {
            b.port(endpoint.getPort());
        }
        return b.build();
    }

    /** The Host header a request to {@code url} carries, and signs: the port only when it is not the scheme's. */
    public static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }
}
