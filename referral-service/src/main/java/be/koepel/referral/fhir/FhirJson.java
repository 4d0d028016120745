package be.koepel.referral.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads and writes FHIR R4 JSON. The FhirContext is built once, at start-up, since building it
 * scans the whole model; parsers are cheap and not thread-safe, so each call takes a new one.
 */
@Singleton
@Startup
public class FhirJson {

    private static final Pattern POSITION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private final FhirContext context = FhirContext.forR4();

    /**
     * Strict: an unknown element or a wrong value is an error, not a warning, so that nothing the
     * referrer meant is silently dropped.
     *
     * @throws FhirException 400 with an OperationOutcome issue saying where the body broke
     */
    public <T extends IBaseResource> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new FhirException(400, FhirIssue.required(type.getSimpleName(), "the body is empty; send a "
                    + type.getSimpleName() + " as " + KoepelFhir.MEDIA_TYPE));
        }
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(type, body);
        } catch (DataFormatException | ClassCastException e) {
            FhirIssue issue = new FhirIssue(OperationOutcome.IssueType.STRUCTURE, type.getSimpleName(),
                    clean(e.getMessage()));
            throw new FhirException(400, java.util.List.of(issue), position(e.getMessage()));
        }
    }

    public String write(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /** The issues as an OperationOutcome: severity error, with each issue's expression (and position, if known). */
    public OperationOutcome outcome(FhirException e) {
        OperationOutcome outcome = new OperationOutcome();
        for (FhirIssue issue : e.issues()) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(issue.code())
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
                // location is deprecated in R4 but still what many clients read
                component.addLocation(issue.expression());
            }
            if (e.position() != null) {
                component.getLocation().add(new StringType(e.position()));
            }
        }
        return outcome;
    }

    /** HAPI prefixes its messages with an internal code, e.g. {@code HAPI-1861: }. */
    private static String clean(String message) {
        return message == null ? "not valid FHIR R4 JSON" : message.replaceFirst("^HAPI-\\d+: ", "");
    }

    private static String position(String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = POSITION.matcher(message);
        return matcher.find() ? "line " + matcher.group(1) + ", column " + matcher.group(2) : null;
    }
}
