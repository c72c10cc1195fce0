package dev.camelcos.emulator.error;

/** A COS error answer: HTTP status, COS error code and message. Thrown anywhere, rendered once by the router. */
public final class CosError extends RuntimeException {
    private final int status;
    private final String code;

    public CosError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static CosError invalidArgument(String message) {
        return new CosError(400, "InvalidArgument", message);
    }

    public static CosError malformedXml(String message) {
        return new CosError(400, "MalformedXML", message);
    }

    public static CosError accessDenied(String message) {
        return new CosError(403, "AccessDenied", message);
    }

    public static CosError noSuchBucket() {
        return new CosError(404, "NoSuchBucket", "The specified bucket does not exist.");
    }

    public static CosError noSuchKey() {
        return new CosError(404, "NoSuchKey", "The specified key does not exist.");
    }

    public static CosError noSuchUpload() {
        return new CosError(404, "NoSuchUpload", "The specified upload does not exist.");
    }

    public static CosError preconditionFailed() {
        return new CosError(412, "PreconditionFailed", "At least one of the preconditions you specified did not hold.");
    }
}
