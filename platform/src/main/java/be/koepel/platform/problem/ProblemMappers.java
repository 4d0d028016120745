package be.koepel.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error a client can cause becomes {@code application/problem+json}; a bad request is never a 500. */
public class ProblemMappers {

    static final String TIME_MESSAGE = "must be an ISO-8601 date or date-time as documented, e.g. 2026-01-01 or 2026-01-01T00:00:00+01:00";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response invalidFields(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(new Problem("about:blank", "Bad Request", 400, "The request has invalid fields", violations));
    }

    /** Unreadable JSON, a wrong type or an unknown enum value: name the field where Jackson could. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e) {
        return unreadableBody(e);
    }

    static Response unreadableBody(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String detail = "The request body is not valid JSON for this resource";
        List<Problem.Violation> violations = field.isEmpty() ? null
                : List.of(new Problem.Violation(field, e.getOriginalMessage()));
        return respond(new Problem("about:blank", "Bad Request", 400, detail, violations));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unparsable(JsonParseException e) {
        return unreadableBody(e);
    }

    /**
     * RESTEasy answers a query parameter it could not convert with a 404 wrapping the cause. The
     * java.time types never pass through {@link QueryParamConverters}, so their failures are named
     * here: the query parameter whose value did not parse. Anything else stays a 404.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (e.getCause() instanceof DateTimeParseException unparsed && uri != null) {
            Optional<String> field = uri.getQueryParameters().entrySet().stream()
                    .filter(param -> param.getValue().contains(unparsed.getParsedString()))
                    .map(Map.Entry::getKey).findFirst();
            if (field.isPresent()) {
                return respond(ProblemException.badField(field.get(), TIME_MESSAGE).toProblem());
            }
        }
        return web(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (original.hasEntity()) {
            return original;
        }
        return respond(Problem.of(status, original.getStatusInfo().getReasonPhrase(), e.getMessage()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code receive.request.person.phone} becomes {@code person.phone}: the path inside the body. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> names.clear();
                case PARAMETER -> names.clear();
                default -> names.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
            }
        }
        String field = names.stream().filter(n -> n != null && !n.equals("null")).collect(Collectors.joining("."));
        return field.isEmpty() ? "body" : field;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
