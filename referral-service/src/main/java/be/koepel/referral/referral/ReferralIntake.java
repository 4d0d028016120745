package be.koepel.referral.referral;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.problem.ProblemException;
import be.koepel.referral.organisation.ReferringOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Accepts a referral: stores it and announces it in one transaction, so neither happens alone. */
@ApplicationScoped
public class ReferralIntake {

    private final Outbox outbox;
    private final Clock clock;

    public ReferralIntake(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Referral receive(String organisationId, NewReferral request) {
        ReferringOrganisation organisation = ReferringOrganisation.findActive(organisationId)
                .orElseThrow(() -> ProblemException.forbidden(
                        "Organisation '" + organisationId + "' is not a known referring organisation of the network"));
        if (request.channel() == Channel.ER) {
            if (organisation.type != ReferringOrganisation.Type.HOSPITAL) {
                throw ProblemException.badField("channel", "only a hospital can make an ER referral");
            }
            if (request.er() == null) {
                throw ProblemException.badField("er", "an ER referral needs the hospital department and room");
            }
        }

        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.organisationId = organisation.id;
        referral.channel = request.channel();
        referral.urgency = request.channel().isUrgent() ? ReferralReceived.URGENT : ReferralReceived.ROUTINE;
        referral.status = ReferralStatus.RECEIVED;
        if (request.er() != null) {
            referral.erDepartment = request.er().department().trim();
            referral.erRoom = request.er().room().trim();
        }
        referral.personFirstName = request.person().firstName().trim();
        referral.personPhone = request.person().phone().trim();
        referral.personLanguage = request.person().language();
        referral.consentToContact = request.consent().contactByPeer();
        referral.receivedAt = clock.instant();
        referral.persist();

        // No name and no phone in the event: personal data stays in this service.
        ReferralReceived event = new ReferralReceived(referral.id, referral.channel.name(), referral.urgency,
                organisation.toEvent(),
                referral.erDepartment == null ? null : new ErLocation(referral.erDepartment, referral.erRoom),
                referral.personLanguage, referral.receivedAt);
        outbox.publish(Topics.REFERRAL_EVENTS, EventTypes.REFERRAL_RECEIVED, referral.id.toString(), event);
        return referral;
    }
}
