package dev.camelcos.client.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the key pair of a profile of the Tencent Cloud credentials file ({@code ~/.tencentcloud/credentials}, the
 * file Tencent's SDKs and CLI read), an INI file:
 *
 * <pre>
 * [default]
 * secret_id = AKID...
 * secret_key = ...
 * token = ...        (optional, for temporary credentials)
 * </pre>
 *
 * The file is read again whenever it changes, so rotated keys are picked up without a restart.
 */
public final class ProfileCredentialsProvider implements CosCredentialsProvider {

    public static final String DEFAULT_PROFILE = "default";

    private final Path file;
    private final String profile;
    private FileTime readAt;
    private CosCredentials cached;

    public ProfileCredentialsProvider(Path file, String profile) {
        this.file = Objects.requireNonNull(file, "file");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** The {@code default} profile of {@code ~/.tencentcloud/credentials}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".tencentcloud", "credentials");
    }

    /** True when the file exists and its profile holds a key pair. */
    public boolean isAvailable() {
        return read() != null;
    }

    @Override
    public CosCredentials credentials() {
        CosCredentials credentials = read();
        if (credentials == null) {
            throw new IllegalStateException("No COS credentials in " + file + ": it needs a [" + profile
                    + "] section with secret_id and secret_key");
        }
        return credentials;
    }

    private synchronized CosCredentials read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                cached = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
                readAt = modified;
            }
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the COS credentials file " + file, e);
        }
    }

    private CosCredentials parse(Iterable<String> lines) {
        Map<String, String> values = new HashMap<>();
        String section = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
            } else if (profile.equals(section) && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        String id = values.get("secret_id");
        String key = values.get("secret_key");
        if (id == null || id.isBlank() || key == null || key.isBlank()) {
            return null;
        }
        return new CosCredentials(id, key, values.get("token"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileCredentialsProvider other && file.equals(other.file)
                && profile.equals(other.profile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, profile);
    }

    @Override
    public String toString() {
        return "ProfileCredentialsProvider[" + file + ", profile " + profile + "]";
    }
}
