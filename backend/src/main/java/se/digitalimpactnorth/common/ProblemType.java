package se.digitalimpactnorth.common;

/**
 * The stable problem types of the API. Clients may switch on {@link #uri()}; titles may change
 * wording, types never do.
 */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request"),
    VALIDATION(400, "Invalid input"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    /** The caller is the only owner of actors (extension {@code actors}): someone else must own them first. */
    LAST_OWNER(409, "Last owner"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    GONE(410, "Gone"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable content"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal server error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:din:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The generic type for an HTTP status the API does not name more precisely. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
