package be.koepel.referral.fhir;

import java.util.List;

/** A FHIR request refused: the resource answers with an OperationOutcome of these issues and this status. */
public class FhirException extends RuntimeException {

    private final int status;
    private final List<FhirIssue> issues;
    private final String position;

    public FhirException(int status, List<FhirIssue> issues) {
        this(status, issues, null);
    }

    /** @param position where in the body's text it broke (line and column), when the body could not be read */
    public FhirException(int status, List<FhirIssue> issues, String position) {
        super(issues.isEmpty() ? "refused" : issues.get(0).diagnostics());
        this.status = status;
        this.issues = List.copyOf(issues);
        this.position = position;
    }

    public FhirException(int status, FhirIssue issue) {
        this(status, List.of(issue));
    }

    public int status() {
        return status;
    }

    public List<FhirIssue> issues() {
        return issues;
    }

    public String position() {
        return position;
    }
}
