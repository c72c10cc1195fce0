package dev.camelcos.client;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The certificates HTTPS endpoints are trusted by instead of the JVM's, for a private endpoint whose certificate a
 * private CA signed: a PKCS12 or JKS file (the type is recognised from its content) and its password, if any.
 * {@link #toString()} never shows the password.
 */
public record CosTrustStore(Path file, String password) {

    public CosTrustStore {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return "CosTrustStore[" + file + (password != null ? ", password ***" : "") + "]";
    }
}
