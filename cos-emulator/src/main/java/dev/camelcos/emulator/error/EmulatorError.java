package dev.camelcos.emulator.error;

/** A COS error answer: HTTP status, COS error code and message. Thrown anywhere, rendered once by the router. */
public final class EmulatorError extends RuntimeException {
    private final int status;
    private final String code;

    public EmulatorError(int status, String code, String message) {
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

    public static EmulatorError invalidArgument(String message) {
        return new EmulatorError(400, "InvalidArgument", message);
    }

    public static EmulatorError malformedXml(String message) {
        return new EmulatorError(400, "MalformedXML", message);
    }

    public static EmulatorError accessDenied(String message) {
        return new EmulatorError(403, "AccessDenied", message);
    }

    public static EmulatorError noSuchBucket() {
        return new EmulatorError(404, "NoSuchBucket", "The specified bucket does not exist.");
    }

    public static EmulatorError noSuchKey() {
        return new EmulatorError(404, "NoSuchKey", "The specified key does not exist.");
    }

    public static EmulatorError noSuchUpload() {
        return new EmulatorError(404, "NoSuchUpload", "The specified upload does not exist.");
    }

    public static EmulatorError preconditionFailed() {
        return new EmulatorError(412, "PreconditionFailed", "At least one of the preconditions you specified did not hold.");
    }
}
