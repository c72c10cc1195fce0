package dev.camelcos.reliability;

/** What {@link FaultProxy} does to one HTTP exchange between a client and the emulator. */
public enum Fault {
    /** Relayed untouched. */
    NONE("none"),
    /** The connection is reset as soon as the request starts arriving: nothing reaches the server. */
    RESET_AT_CONNECT("reset at connect"),
    /** Half of the request body reaches the server, then both connections are reset. */
    RESET_DURING_REQUEST_BODY("reset during the request body"),
    /** The server answers; half of its answer reaches the client, then the connection is reset. */
    RESET_DURING_RESPONSE("reset during the response"),
    /** The request is swallowed and never answered, until the client gives up. */
    STALL("stalled socket"),
    /** The answer's head and half of its body reach the client, then the connection is closed cleanly. */
    TRUNCATE_RESPONSE_BODY("truncated response body"),
    /** One byte in the middle of the response body is flipped; lengths stay right. */
    FLIP_RESPONSE_BODY_BYTE("flipped byte in the response body"),
    /** One byte in the middle of the request body is flipped on its way to the server. */
    FLIP_REQUEST_BODY_BYTE("flipped byte in the request body"),
    /** The proxy answers 503 SlowDown itself; the server never sees the request. */
    SLOW_DOWN_503("503 SlowDown"),
    /** The proxy answers 500 InternalError itself; the server never sees the request. */
    INTERNAL_ERROR_500("500 InternalError");

    private final String description;

    Fault(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return description;
    }
}
