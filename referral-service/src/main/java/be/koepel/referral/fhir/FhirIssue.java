package be.koepel.referral.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One problem with a FHIR request, as an OperationOutcome issue says it: what kind, where (a
 * FHIRPath expression such as {@code ServiceRequest.subject}) and what is wrong.
 */
public record FhirIssue(IssueType code, String expression, String diagnostics) {

    static FhirIssue invalid(String expression, String diagnostics) {
        return new FhirIssue(IssueType.INVALID, expression, diagnostics);
    }

    static FhirIssue required(String expression, String diagnostics) {
        return new FhirIssue(IssueType.REQUIRED, expression, diagnostics);
    }

    static FhirIssue unknownCode(String expression, String diagnostics) {
        return new FhirIssue(IssueType.CODEINVALID, expression, diagnostics);
    }
}
