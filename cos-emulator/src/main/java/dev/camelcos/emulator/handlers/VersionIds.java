package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.CosError;

/** The emulator has no versioning: the only version that exists is the implicit "null" one. */
final class VersionIds {
    private VersionIds() {
    }

    static void check(String versionId) {
        if (versionId != null && !versionId.isEmpty() && !versionId.equals("null")) {
            throw new CosError(404, "NoSuchVersion", "The specified version does not exist (versioning is not emulated).");
        }
    }
}
