package dev.camelcos.emulator.handlers;

import dev.camelcos.emulator.error.EmulatorError;
import dev.camelcos.emulator.store.Refusal;

/** Says what the store refused as the COS error a client gets for it. */
public final class Refusals {
    private Refusals() {
    }

    public static EmulatorError answer(Refusal refusal) {
        return switch (refusal.reason()) {
            case NO_SUCH_BUCKET -> EmulatorError.noSuchBucket();
            case BUCKET_EXISTS -> new EmulatorError(409, "BucketAlreadyExists", "The requested bucket name is not available.");
            case BUCKET_NOT_EMPTY -> new EmulatorError(409, "BucketNotEmpty", "The bucket you tried to delete is not empty.");
            case NO_SUCH_OBJECT -> EmulatorError.noSuchKey();
            // the code Tencent's sibling service OSS documents for the same header; COS's own was not found
            case OBJECT_EXISTS -> new EmulatorError(409, "FileAlreadyExists",
                    "The object already exists and x-cos-forbid-overwrite is true.");
            case NO_SUCH_UPLOAD -> EmulatorError.noSuchUpload();
            case PART_CHANGED -> new EmulatorError(400, "InvalidPart", "Part " + refusal.getMessage()
                    + " changed while completing.");
        };
    }
}
