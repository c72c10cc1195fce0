package dev.camelcos.emulator.store;

/**
 * Why the store did not do what it was asked, in its own terms: what is missing or in the way. The store knows
 * nothing of HTTP; the handlers' side says a refusal to the client as the COS error it stands for.
 */
public final class Refusal extends RuntimeException {
    public enum Reason {
        NO_SUCH_BUCKET, BUCKET_EXISTS, BUCKET_NOT_EMPTY, NO_SUCH_OBJECT, OBJECT_EXISTS, NO_SUCH_UPLOAD,
        /** A part listed for completion was replaced after it was checked; the detail is its number. */
        PART_CHANGED
    }

    private final Reason reason;

    Refusal(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
