package be.koepel.platform.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A wrong type or unknown enum value in a body. Quarkus registers its own mapper for this exact
 * type (plain JSON, priority 5100); this one answers with problem+json instead.
 */
@Provider
@Priority(jakarta.ws.rs.Priorities.USER - 100)
public class MismatchedInputProblemMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException e) {
        return ProblemMappers.unreadableBody(e);
    }
}
