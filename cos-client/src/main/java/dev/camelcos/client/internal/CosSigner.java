package dev.camelcos.client.internal;

import dev.camelcos.client.auth.CosCredentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The COS request signature ("q-sign", HMAC-SHA1): the same pairs serve as an {@code Authorization} header and, for
 * pre-signed URLs, as query parameters. Thread-safe.
 */
public final class CosSigner {

    /** Headers the official SDK signs besides every {@code x-cos-*} one; signing the same set keeps us interoperable. */
    private static final Set<String> SIGNED_HEADERS = Set.of("cache-control", "content-disposition",
            "content-encoding", "content-length", "content-md5", "content-type", "expect", "expires", "host",
            "if-match", "if-modified-since", "if-none-match", "if-unmodified-since", "origin", "range",
            "transfer-encoding");

    /** Sent beside the signature, never inside it. */
    public static final String SECURITY_TOKEN = "x-cos-security-token";

    private static final HexFormat HEX = HexFormat.of();
    /** Never used itself: every digest is a copy of it, which costs less than looking one up. */
    private static final MessageDigest SHA1 = newSha1();

    private volatile SignKey lastSignKey;

    /** Whether a request header (any case) belongs to the signed set. */
    public static boolean isSigned(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return SIGNED_HEADERS.contains(name) || name.startsWith("x-cos-") && !name.equals(SECURITY_TOKEN);
    }

    /**
     * Signs a request.
     *
     * @param method      HTTP method, any case
     * @param decodedPath the request path as a reader sees it, not percent-encoded (e.g. {@code /photo(腾讯云).jpg})
     * @param params      every query parameter to sign; a null value signs as {@code k=}
     * @param headers     every header to sign (callers pick them with {@link #isSigned(String)})
     * @param startEpoch  key time start, Unix seconds
     * @param endEpoch    key time end, Unix seconds
     */
    public Signature sign(CosCredentials credentials, String method, String decodedPath, Map<String, String> params,
            Map<String, String> headers, long startEpoch, long endEpoch) {
        String keyTime = startEpoch + ";" + endEpoch;
        Map<String, String> signedParams = canonical(params);
        Map<String, String> signedHeaders = canonical(headers);
        String httpString = method.toLowerCase(Locale.ROOT) + "\n" + decodedPath + "\n" + join(signedParams) + "\n"
                + join(signedHeaders) + "\n";
        String stringToSign = "sha1\n" + keyTime + "\n" + HEX.formatHex(sha1(httpString)) + "\n";
        String signature = HEX.formatHex(signKey(credentials, keyTime).sign(stringToSign));
        return new Signature(credentials.secretId(), keyTime, String.join(";", signedHeaders.keySet()),
                String.join(";", signedParams.keySet()), signature);
    }

    /**
     * Signs a POST Object policy: HMAC-SHA1, keyed by the SignKey of the key time, of the SHA-1 of the policy text.
     * Answers the form fields that carry it, in order: policy (base64), q-sign-algorithm, q-ak, q-key-time,
     * q-signature and, for temporary credentials, x-cos-security-token.
     */
    public Map<String, String> signPolicy(CosCredentials credentials, String policy, long startEpoch, long endEpoch) {
        String keyTime = startEpoch + ";" + endEpoch;
        SignKey signKey = signKey(credentials, keyTime);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("policy", Base64.getEncoder().encodeToString(policy.getBytes(StandardCharsets.UTF_8)));
        fields.put("q-sign-algorithm", "sha1");
        fields.put("q-ak", credentials.secretId());
        fields.put("q-key-time", keyTime);
        fields.put("q-signature", HEX.formatHex(signKey.sign(HEX.formatHex(sha1(policy)))));
        if (credentials.sessionToken() != null) {
            fields.put(SECURITY_TOKEN, credentials.sessionToken());
        }
        return fields;
    }

    /** Encoded, lower-cased names (sorted) to encoded values, as the HttpString wants them. */
    private static Map<String, String> canonical(Map<String, String> entries) {
        Map<String, String> sorted = new TreeMap<>();
        entries.forEach((name, value) -> sorted.put(CosEncoding.encode(name).toLowerCase(Locale.ROOT),
                value == null ? "" : CosEncoding.encode(value)));
        return sorted;
    }

    private static String join(Map<String, String> pairs) {
        StringBuilder joined = new StringBuilder();
        pairs.forEach((name, value) -> joined.append(joined.isEmpty() ? "" : "&").append(name).append('=').append(value));
        return joined.toString();
    }

    /**
     * The SignKey of a key time: requests signed in the same second share their key time, and so their SignKey,
     * which is kept for them with a MAC already keyed by it (two HMAC set-ups less per request).
     */
    private SignKey signKey(CosCredentials credentials, String keyTime) {
        SignKey last = lastSignKey;
        if (last == null || !last.keyTime.equals(keyTime) || !last.secretKey.equals(credentials.secretKey())) {
            last = new SignKey(credentials.secretKey(), keyTime,
                    HEX.formatHex(hmacSha1(credentials.secretKey(), keyTime)));
            lastSignKey = last;
        }
        return last;
    }

    private static byte[] sha1(String text) {
        MessageDigest sha1;
        try {
            sha1 = (MessageDigest) SHA1.clone();
        } catch (CloneNotSupportedException e) {
            sha1 = newSha1();
        }
        return sha1.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available in this JVM", e);
        }
    }

    private static byte[] hmacSha1(String key, String message) {
        return keyedMac(key).doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac keyedMac(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    /**
     * A derived key, what it was derived from, and a MAC keyed by it that each signature copies (a copy costs less
     * than looking up and keying a new one); a plain class, so that nothing prints the secret key.
     */
    private static final class SignKey {
        private final String secretKey;
        private final String keyTime;
        private final String value;
        private final Mac keyed;

        SignKey(String secretKey, String keyTime, String value) {
            this.secretKey = secretKey;
            this.keyTime = keyTime;
            this.value = value;
            this.keyed = keyedMac(value);
        }

        byte[] sign(String message) {
            Mac mac;
            try {
                mac = (Mac) keyed.clone();
            } catch (CloneNotSupportedException e) {
                // a security provider whose MACs cannot be copied: key a new one
                mac = keyedMac(value);
            }
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One computed signature; holds the secret id, never the secret key. */
    public record Signature(String secretId, String keyTime, String headerList, String paramList, String value) {

        /** The value of the {@code Authorization} header. */
        public String authorization() {
            return join(pairs());
        }

        /** The same pairs as query parameters (unencoded; the URL builder encodes them). */
        public Map<String, String> pairs() {
            Map<String, String> pairs = new LinkedHashMap<>();
            pairs.put("q-sign-algorithm", "sha1");
            pairs.put("q-ak", secretId);
            pairs.put("q-sign-time", keyTime);
            pairs.put("q-key-time", keyTime);
            pairs.put("q-header-list", headerList);
            pairs.put("q-url-param-list", paramList);
            pairs.put("q-signature", value);
            return pairs;
        }

        @Override
        public String toString() {
            return "Signature[secretId=" + CosCredentials.maskId(secretId) + ", keyTime=" + keyTime + "]";
        }
    }
}
