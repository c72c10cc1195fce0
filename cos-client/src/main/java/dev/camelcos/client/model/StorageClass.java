package dev.camelcos.client.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** COS storage classes. ARCHIVE and DEEP_ARCHIVE objects must be restored before they can be read. */
public enum StorageClass {
    STANDARD, STANDARD_IA, ARCHIVE, DEEP_ARCHIVE, INTELLIGENT_TIERING, MAZ_STANDARD, MAZ_STANDARD_IA,
    MAZ_INTELLIGENT_TIERING;

    public static StorageClass parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("storage class '" + value + "' is not one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }

    public boolean isArchive() {
        return this == ARCHIVE || this == DEEP_ARCHIVE;
    }
}
