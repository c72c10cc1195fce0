package dev.camelcos.emulator.auth;

import dev.camelcos.emulator.error.EmulatorError;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks COS q-sign-algorithm=sha1 signatures, written from the protocol description alone so that it
 * can catch mistakes in a client's signer rather than repeat them.
 */
public final class SignatureVerifier {
    static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final String TOKEN = "x-cos-security-token";
    private static final Set<String> AUTH_PARAMS = Set.of("q-sign-algorithm", "q-ak", "q-sign-time", "q-key-time",
            "q-header-list", "q-url-param-list", "q-signature", TOKEN);

    private final Map<String, Credential> credentials;
    private final Clock clock;

    public SignatureVerifier(List<Credential> credentials, Clock clock) {
        this.credentials = credentials.stream().collect(Collectors.toMap(Credential::secretId, Function.identity(), (a, b) -> b));
        this.clock = clock;
    }

    /** Returns normally if the request is properly signed, else throws the error COS would answer. */
    public void verify(SignedRequest request) {
        Map<String, String> auth = authorization(request);
        if (!"sha1".equals(auth.get("q-sign-algorithm"))) {
            throw EmulatorError.accessDenied("Unsupported q-sign-algorithm; only sha1 is accepted.");
        }
        Credential credential = credentials.get(auth.get("q-ak"));
        if (credential == null) {
            throw new EmulatorError(403, "InvalidAccessKeyId", "The access key Id format you provided is invalid.");
        }
        checkToken(request, credential);
        checkDateSkew(request);
        String signTime = required(auth, "q-sign-time");
        String keyTime = required(auth, "q-key-time");
        checkWindow(signTime);
        checkWindow(keyTime);
        String httpString = request.method().toLowerCase() + "\n" + request.path() + "\n"
                + signedParams(request, required(auth, "q-url-param-list")) + "\n"
                + signedHeaders(request, required(auth, "q-header-list")) + "\n";
        String stringToSign = "sha1\n" + signTime + "\n" + sha1Hex(httpString) + "\n";
        String signKey = hmacSha1Hex(credential.secretKey(), keyTime);
        String expected = hmacSha1Hex(signKey, stringToSign);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                required(auth, "q-signature").toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new EmulatorError(403, "SignatureDoesNotMatch",
                    "The Signature you specified does not match what we calculated.");
        }
    }

    /**
     * Checks a POST Object form's signature: HMAC-SHA1 with the SignKey of q-key-time over the SHA-1 of the
     * policy text, by a known key pair whose token (if temporary) the form carries, within q-key-time.
     */
    public void verifyPolicy(String algorithm, String secretId, String keyTime, String policyJson, String signature,
                             String token) {
        if (!"sha1".equals(algorithm)) {
            throw EmulatorError.accessDenied("The form's q-sign-algorithm must be sha1.");
        }
        if (secretId == null || keyTime == null || signature == null) {
            throw EmulatorError.accessDenied("The form needs q-ak, q-key-time and q-signature.");
        }
        Credential credential = credentials.get(secretId);
        if (credential == null) {
            throw new EmulatorError(403, "InvalidAccessKeyId", "The access key Id format you provided is invalid.");
        }
        checkToken(new SignedRequest("POST", "/", token == null ? Map.of() : Map.of(TOKEN, token), List.of()), credential);
        checkWindow(keyTime);
        String expected = hmacSha1Hex(hmacSha1Hex(credential.secretKey(), keyTime), sha1Hex(policyJson));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new EmulatorError(403, "SignatureDoesNotMatch",
                    "The Signature you specified does not match what we calculated.");
        }
    }

    private static Map<String, String> authorization(SignedRequest request) {
        String header = request.headers().get("authorization");
        Map<String, String> auth = new HashMap<>();
        if (header != null) {
            for (String pair : header.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    auth.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        } else {
            request.query().stream().filter(e -> AUTH_PARAMS.contains(e.getKey()) && !e.getKey().equals(TOKEN))
                    .forEach(e -> auth.put(e.getKey(), e.getValue()));
        }
        if (auth.isEmpty()) {
            throw EmulatorError.accessDenied("Access Denied: the request carries no signature.");
        }
        return auth;
    }

    private void checkToken(SignedRequest request, Credential credential) {
        if (!credential.temporary()) {
            return;
        }
        String token = request.headers().get(TOKEN);
        if (token == null) {
            token = request.query().stream().filter(e -> e.getKey().equals(TOKEN)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        if (!credential.sessionToken().equals(token)) {
            throw new EmulatorError(403, "InvalidAccessKeyId", "The security token does not match the temporary access key.");
        }
        if (!clock.instant().isBefore(credential.expiresAt())) {
            throw new EmulatorError(400, "ExpiredToken", "The provided token has expired.");
        }
    }

    private void checkDateSkew(SignedRequest request) {
        String date = request.headers().get("date");
        if (date == null) {
            return;
        }
        long seconds;
        try {
            seconds = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
        } catch (DateTimeParseException e) {
            return;
        }
        if (Math.abs(seconds - clock.instant().getEpochSecond()) > MAX_SKEW.toSeconds()) {
            throw skewed();
        }
    }

    private void checkWindow(String window) {
        String[] parts = window.split(";");
        long start;
        long end;
        try {
            start = Long.parseLong(parts[0].trim());
            end = Long.parseLong(parts[1].trim());
        } catch (RuntimeException e) {
            throw EmulatorError.accessDenied("Malformed q-sign-time or q-key-time.");
        }
        long now = clock.instant().getEpochSecond();
        if (start - now > MAX_SKEW.toSeconds()) {
            throw skewed();
        }
        if (now < start || now > end) {
            // exactly COS's message: the Node.js SDK corrects its clock only when it sees this text
            throw EmulatorError.accessDenied("Request has expired");
        }
    }

    private static EmulatorError skewed() {
        return new EmulatorError(403, "RequestTimeTooSkewed",
                "The difference between the request time and the server's time is too large.");
    }

    private static String signedParams(SignedRequest request, String list) {
        Map<String, String> encoded = new HashMap<>();
        for (Map.Entry<String, String> e : request.query()) {
            if (!AUTH_PARAMS.contains(e.getKey())) {
                encoded.putIfAbsent(UriCoding.encode(e.getKey()).toLowerCase(), UriCoding.encode(e.getValue()));
            }
        }
        return join(list, encoded, "q-url-param-list");
    }

    private static String signedHeaders(SignedRequest request, String list) {
        Map<String, String> encoded = new HashMap<>();
        request.headers().forEach((k, v) -> encoded.put(UriCoding.encode(k).toLowerCase(), UriCoding.encode(v)));
        return join(list, encoded, "q-header-list");
    }

    /** Every name in the signed list must exist in the request; the pairs are joined in sorted order. */
    private static String join(String list, Map<String, String> available, String what) {
        TreeMap<String, String> signed = new TreeMap<>();
        for (String name : list.split(";")) {
            String key = name.trim().toLowerCase();
            if (key.isEmpty()) {
                continue;
            }
            String value = available.get(key);
            if (value == null) {
                throw new EmulatorError(403, "SignatureDoesNotMatch",
                        "The " + what + " names '" + key + "' but the request does not carry it.");
            }
            signed.put(key, value);
        }
        return signed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    private static String required(Map<String, String> auth, String name) {
        String v = auth.get(name);
        if (v == null) {
            throw EmulatorError.accessDenied("Authorization is missing " + name + ".");
        }
        return v;
    }

    private static String sha1Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmacSha1Hex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
