package be.koepel.referral.fhir;

import be.koepel.referral.referral.Channel;
import be.koepel.referral.referral.Referral;
import be.koepel.referral.trajectory.Trajectory;
import be.koepel.referral.trajectory.TrajectoryState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * A referral as FHIR shows it to its referrer: never the person's data, which stays with this
 * service and goes only to the assigned peer. The subject is named, not described.
 */
@ApplicationScoped
public class FhirViews {

    static final String ORGANISATION_SYSTEM = KoepelFhir.BASE + "/NamingSystem/organisation";
    static final String NETWORK = "Koepel peer support network";
    private static final String SUBJECT = "The referred person; their data stays with Koepel and its assigned peer";
    /** When this server's capabilities were last changed. */
    private static final String CAPABILITIES_DATE = "2026-11-24";

    ServiceRequest serviceRequest(Referral referral, Trajectory trajectory) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id.toString());
        if (referral.externalReference != null) {
            request.addIdentifier(identifier(referral.externalReference));
        }
        request.setStatus(trajectory != null && trajectory.state == TrajectoryState.CLOSED
                ? ServiceRequest.ServiceRequestStatus.COMPLETED : ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.addCategory(new CodeableConcept(new Coding(KoepelFhir.CHANNEL_SYSTEM, referral.channel.name(), null)));
        request.setCode(new CodeableConcept(new Coding(KoepelFhir.SERVICE_SYSTEM, KoepelFhir.PEER_SUPPORT,
                "Contact by a peer supporter")));
        request.setPriority(referral.channel == Channel.ER ? ServiceRequest.ServiceRequestPriority.STAT
                : ServiceRequest.ServiceRequestPriority.ROUTINE);
        request.setSubject(new Reference().setType("Patient").setDisplay(SUBJECT));
        request.setAuthoredOn(Date.from(referral.receivedAt));
        request.setRequester(organisation(referral.organisationId));
        request.getMeta().setLastUpdated(Date.from(referral.receivedAt));
        return request;
    }

    Task task(Referral referral, Trajectory trajectory) {
        Task task = new Task();
        task.setId(referral.id.toString());
        TrajectoryState state = trajectory == null ? TrajectoryState.RECEIVED : trajectory.state;
        String closeReason = trajectory == null ? null : trajectory.closeReason;
        task.setStatus(TaskStatusMapping.of(state, closeReason));
        task.setBusinessStatus(new CodeableConcept(new Coding(KoepelFhir.TRAJECTORY_STATE_SYSTEM, state.name(), null)));
        if (closeReason != null) {
            task.setStatusReason(new CodeableConcept().setText(closeReason));
        }
        task.setIntent(Task.TaskIntent.ORDER);
        task.setPriority(referral.channel == Channel.ER ? Task.TaskPriority.STAT : Task.TaskPriority.ROUTINE);
        task.setCode(new CodeableConcept(new Coding(KoepelFhir.SERVICE_SYSTEM, KoepelFhir.PEER_SUPPORT, null)));
        Reference focus = new Reference("ServiceRequest/" + referral.id);
        task.setFocus(focus);
        task.addBasedOn(focus.copy());
        if (referral.externalReference != null) {
            task.setGroupIdentifier(identifier(referral.externalReference));
        }
        task.setAuthoredOn(Date.from(referral.receivedAt));
        task.setLastModified(Date.from(lastModified(referral, trajectory)));
        task.setRequester(organisation(referral.organisationId));
        task.setOwner(new Reference().setType("Organization").setDisplay(NETWORK));
        return task;
    }

    Bundle transactionResponse(Bundle request, Referral referral, boolean replayed) {
        Bundle response = new Bundle();
        response.setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (Bundle.BundleEntryComponent entry : request.getEntry()) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse();
            if (entry.getResource() instanceof org.hl7.fhir.r4.model.ServiceRequest) {
                answer.setStatus(replayed ? "200 OK" : "201 Created")
                        .setLocation("ServiceRequest/" + referral.id)
                        .setLastModified(Date.from(referral.receivedAt));
            } else {
                // The Patient and the others are part of the referral, not resources of their own here.
                OperationOutcome note = new OperationOutcome();
                note.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                        .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                        .setDiagnostics("kept as part of ServiceRequest/" + referral.id
                                + "; not readable as a resource of its own");
                answer.setStatus("200 OK").setOutcome(note);
            }
        }
        return response;
    }

    CapabilityStatement capabilityStatement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDateElement(new org.hl7.fhir.r4.model.DateTimeType(CAPABILITIES_DATE));
        statement.setPublisher("Koepel");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("koepel referral-service");
        statement.getImplementation().setDescription("Referrals to the Koepel peer support network (addiction care). "
                + "Follows the ServiceRequest and Task patterns of the Belgian referral IG (hl7-be/referral) where "
                + "they apply. Channel: ServiceRequest.category from " + KoepelFhir.CHANNEL_SYSTEM + "; service: "
                + KoepelFhir.SERVICE_SYSTEM + "|" + KoepelFhir.PEER_SUPPORT + "; consent: extensions "
                + KoepelFhir.CONSENT_TO_CONTACT + " (valueBoolean) and " + KoepelFhir.SHARE_WITH_PARTNER
                + " (valueString). No national register number (" + KoepelFhir.SSIN_SYSTEM + ") is accepted.");
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat(KoepelFhir.MEDIA_TYPE);
        statement.addFormat("json");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("OIDC bearer token of the referring organisation (role referrer, claim org). "
                        + "Idempotency-Key header and ServiceRequest.identifier make a repeat return the original.");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("A Bundle with one ServiceRequest and its Patient (and Practitioner, Location)");
        rest.addResource().setType("ServiceRequest")
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.CREATE))
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.READ))
                .setDocumentation("The Patient contained (#id); the requester a Practitioner; the ER location a "
                        + "Location (name: department, description: room)");
        rest.addResource().setType("Task")
                .addInteraction(new CapabilityStatement.ResourceInteractionComponent()
                        .setCode(CapabilityStatement.TypeRestfulInteraction.READ))
                .setDocumentation("The referral's status; same id as the ServiceRequest");
        return statement;
    }

    private static Identifier identifier(String externalReference) {
        int bar = externalReference.lastIndexOf('|');
        return bar < 0 ? new Identifier().setValue(externalReference)
                : new Identifier().setSystem(externalReference.substring(0, bar))
                        .setValue(externalReference.substring(bar + 1));
    }

    private static Reference organisation(String organisationId) {
        return new Reference().setType("Organization")
                .setIdentifier(new Identifier().setSystem(ORGANISATION_SYSTEM).setValue(organisationId));
    }

    private static java.time.Instant lastModified(Referral referral, Trajectory trajectory) {
        java.time.Instant last = referral.receivedAt;
        if (referral.assignedAt != null && referral.assignedAt.isAfter(last)) {
            last = referral.assignedAt;
        }
        if (trajectory != null && trajectory.closedAt != null && trajectory.closedAt.isAfter(last)) {
            last = trajectory.closedAt;
        }
        return last;
    }
}
