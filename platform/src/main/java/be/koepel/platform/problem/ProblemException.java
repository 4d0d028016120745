package be.koepel.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A domain rule said no; the mapper turns it into problem+json with this status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = violations;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", what + " does not exist or is not yours to see");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields",
                List.of(new Problem.Violation(field, message)));
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), violations);
    }

    /**
     * The same answer as an exception that RESTEasy passes on unchanged where it would wrap any
     * other, as it does around parameter conversion.
     */
    public WebApplicationException asWebApplicationException() {
        return new WebApplicationException(getMessage(), this,
                Response.status(status).type(Problem.MEDIA_TYPE).entity(toProblem()).build());
    }
}
