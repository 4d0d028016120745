package be.koepel.referral.fhir;

import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import be.koepel.referral.referral.NewReferral;
import be.koepel.referral.referral.Referral;
import be.koepel.referral.referral.ReferralIntake;
import be.koepel.referral.trajectory.Trajectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Referrals in FHIR R4, for hospital and GP systems that speak it: a ServiceRequest on its own or
 * in a transaction Bundle with its Patient, mapped onto the same intake as {@code POST /api/referrals};
 * its status as a Task; what this server does as a CapabilityStatement. Errors are OperationOutcomes.
 */
@Path("/fhir")
@Produces({KoepelFhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class FhirResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    private final ReferralIntake intake;
    private final Caller caller;
    private final Validator validator;
    private final FhirJson fhir;
    private final FhirViews views;

    public FhirResource(ReferralIntake intake, Caller caller, Validator validator, FhirJson fhir, FhirViews views) {
        this.intake = intake;
        this.caller = caller;
        this.validator = validator;
        this.fhir = fhir;
        this.views = views;
    }

    @POST
    @Path("/ServiceRequest")
    @Consumes({KoepelFhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.REFERRER)
    @Operation(summary = "Refer a person with a FHIR R4 ServiceRequest",
            description = "The Patient (and requester Practitioner, Location) contained. 201 with the ServiceRequest "
                    + "as stored; a repeat of the Idempotency-Key or identifier answers 200 with the original. "
                    + "Invalid input: an OperationOutcome naming the element.")
    @RequestBody(content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
            examples = @ExampleObject(name = "ER referral", value = FhirExamples.SERVICE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Stored; the ServiceRequest without the person's data",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stored", value = FhirExamples.SERVICE_REQUEST_READ)))
    @APIResponse(responseCode = "400", description = "Invalid FHIR or an invalid referral",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = FhirExamples.INVALID)))
    public Response createServiceRequest(String body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        ServiceRequest request = fhir.parse(body, ServiceRequest.class);
        ReferralIntake.Intake result = receive(FhirReferralMapper.fromServiceRequest(request), idempotencyKey);
        Referral referral = result.referral();
        return Response.status(result.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("fhir/ServiceRequest/" + referral.id).build())
                .header(REPLAYED, result.replayed() ? "true" : null)
                .type(KoepelFhir.MEDIA_TYPE)
                .entity(fhir.write(views.serviceRequest(referral, trajectoryOf(referral))))
                .build();
    }

    @POST
    @Consumes({KoepelFhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.REFERRER)
    @Operation(summary = "Refer a person with a FHIR R4 transaction Bundle",
            description = "Patient and ServiceRequest (and optionally Practitioner, Location) as entries, the "
                    + "ServiceRequest's references naming them by fullUrl. Answers a transaction-response Bundle.")
    @RequestBody(content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
            examples = @ExampleObject(name = "GP referral", value = FhirExamples.TRANSACTION)))
    @APIResponse(responseCode = "200", description = "The transaction-response Bundle",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stored", value = FhirExamples.TRANSACTION_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid FHIR or an invalid referral",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = FhirExamples.INVALID)))
    public Response transaction(String body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        Bundle bundle = fhir.parse(body, Bundle.class);
        ReferralIntake.Intake result = receive(FhirReferralMapper.fromBundle(bundle), idempotencyKey);
        Bundle answer = views.transactionResponse(bundle, result.referral(), result.replayed());
        return Response.ok(fhir.write(answer), KoepelFhir.MEDIA_TYPE)
                .header(REPLAYED, result.replayed() ? "true" : null).build();
    }

    @GET
    @Path("/Task/{id}")
    @Transactional
    @RolesAllowed({Roles.REFERRER, Roles.COORDINATOR})
    @Operation(summary = "A referral's status as a FHIR Task",
            description = "status: requested (waiting for a peer), accepted (peer assigned), in-progress (contact "
                    + "made), completed (got help), rejected (declined help) or cancelled (closed otherwise). "
                    + "A referrer reads its own organisation's only.")
    @APIResponse(responseCode = "200", description = "The Task",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "contact made", value = FhirExamples.TASK)))
    @APIResponse(responseCode = "404", description = "No such referral, or another organisation's",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found", value = FhirExamples.NOT_FOUND)))
    public Response task(@PathParam("id") String id) {
        Referral referral = readable(id, "Task");
        return Response.ok(fhir.write(views.task(referral, trajectoryOf(referral))), KoepelFhir.MEDIA_TYPE).build();
    }

    @GET
    @Path("/ServiceRequest/{id}")
    @Transactional
    @RolesAllowed({Roles.REFERRER, Roles.COORDINATOR})
    @Operation(summary = "A referral as a FHIR ServiceRequest, without the person's data")
    @APIResponse(responseCode = "200", description = "The ServiceRequest",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "ER referral", value = FhirExamples.SERVICE_REQUEST_READ)))
    @APIResponse(responseCode = "404", description = "No such referral, or another organisation's",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not found",
                            value = FhirExamples.NOT_FOUND_SERVICE_REQUEST)))
    public Response serviceRequest(@PathParam("id") String id) {
        Referral referral = readable(id, "ServiceRequest");
        return Response.ok(fhir.write(views.serviceRequest(referral, trajectoryOf(referral))), KoepelFhir.MEDIA_TYPE)
                .build();
    }

    @GET
    @Path("/metadata")
    @PermitAll
    @Operation(summary = "The FHIR CapabilityStatement: what this server accepts and answers")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement",
            content = @Content(mediaType = KoepelFhir.MEDIA_TYPE,
                    examples = @ExampleObject(name = "capabilities", value = FhirExamples.CAPABILITY_STATEMENT)))
    public Response metadata() {
        return Response.ok(fhir.write(views.capabilityStatement()), KoepelFhir.MEDIA_TYPE).build();
    }

    @ServerExceptionMapper
    public Response refused(FhirException e) {
        return Response.status(e.status()).type(KoepelFhir.MEDIA_TYPE).entity(fhir.write(fhir.outcome(e))).build();
    }

    /** The one intake path, after bean validation as the JSON intake has it; domain errors come back as FHIR. */
    private ReferralIntake.Intake receive(NewReferral request, String idempotencyKey) {
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new FhirException(400, FhirIssue.invalid("Idempotency-Key",
                    "must not be longer than " + MAX_KEY_LENGTH + " characters"));
        }
        Set<ConstraintViolation<NewReferral>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new FhirException(400, violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> FhirIssue.invalid(FhirPaths.of(v.getPropertyPath().toString()), v.getMessage()))
                    .toList());
        }
        try {
            return intake.receive(requireOrganisation(), false, request, idempotencyKey);
        } catch (ProblemException e) {
            throw asFhir(e);
        }
    }

    private String requireOrganisation() {
        try {
            return caller.requireOrganisation();
        } catch (ProblemException e) {
            throw asFhir(e);
        }
    }

    /** Not "forbidden" for another organisation's: whether the referral exists is not for them to know. */
    private Referral readable(String id, String type) {
        UUID referralId;
        try {
            referralId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(type, id);
        }
        Referral referral = Referral.<Referral>findByIdOptional(referralId).orElseThrow(() -> notFound(type, id));
        if (caller.is(Roles.COORDINATOR)) {
            return referral;
        }
        if (caller.organisation().filter(referral.organisationId::equals).isPresent()) {
            return referral;
        }
        throw notFound(type, id);
    }

    private static Trajectory trajectoryOf(Referral referral) {
        return io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(
                () -> Trajectory.findById(referral.trajectoryId));
    }

    private static FhirException notFound(String type, String id) {
        return new FhirException(404, new FhirIssue(OperationOutcome.IssueType.NOTFOUND, type,
                type + "/" + id + " does not exist or is not yours to see"));
    }

    static FhirException asFhir(ProblemException e) {
        Problem problem = e.toProblem();
        OperationOutcome.IssueType code = switch (problem.status()) {
            case 403 -> OperationOutcome.IssueType.FORBIDDEN;
            case 404 -> OperationOutcome.IssueType.NOTFOUND;
            case 409, 422 -> OperationOutcome.IssueType.CONFLICT;
            default -> OperationOutcome.IssueType.INVALID;
        };
        List<FhirIssue> issues = problem.violations() == null || problem.violations().isEmpty()
                ? List.of(new FhirIssue(code, null, problem.detail()))
                : problem.violations().stream()
                        .map(v -> new FhirIssue(code, FhirPaths.of(v.field()), v.message())).toList();
        return new FhirException(problem.status(), issues);
    }
}
