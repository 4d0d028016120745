package be.koepel.referral.referral;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.contracts.referral.ReferralReceivedV2;
import be.koepel.contracts.referral.ReferrerCallBack;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.referral.organisation.ReferringOrganisation;
import be.koepel.referral.trajectory.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Accepts a referral: stores it and announces it in one transaction, so neither happens alone. */
@ApplicationScoped
public class ReferralIntake {

    private final Outbox outbox;
    private final Clock clock;
    private final ReferralConfig config;
    private final IdempotencyLedger ledger;

    public ReferralIntake(Outbox outbox, Clock clock, ReferralConfig config, IdempotencyLedger ledger) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.ledger = ledger;
    }

    /** The referral, and whether it is the original of a repeated request rather than a new one. */
    public record Intake(Referral referral, boolean replayed) {
    }

    /**
     * @param byCoordinator a coordinator enters the referral (self- and family referrals)
     * @param idempotencyKey the request's Idempotency-Key header, if any
     */
    @Transactional
    public Intake receive(String organisationId, boolean byCoordinator, NewReferral request, String idempotencyKey) {
        ReferringOrganisation organisation = ReferringOrganisation.findActive(organisationId)
                .orElseThrow(() -> ProblemException.forbidden(
                        "Organisation '" + organisationId + "' is not a known referring organisation of the network"));
        List<IdempotencyLedger.Key> keys = IdempotencyLedger.keysOf(idempotencyKey, request.externalReference());
        String fingerprint = RequestFingerprint.of(request);
        Optional<UUID> original = keys.isEmpty() ? Optional.empty() : ledger.original(organisation.id, keys, fingerprint);
        if (original.isPresent()) {
            return new Intake(Referral.findById(original.get()), true);
        }
        int currentYear = Year.now(clock.withZone(config.zone())).getValue();
        List<Problem.Violation> violations = ReferralRules.check(request, organisation.type, byCoordinator, currentYear);
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
        }

        Referral referral = newReferral(organisation, request, currentYear);
        joinOrOpenTrajectory(referral);
        referral.persist();
        ledger.remember(organisation.id, keys, fingerprint, referral.id);
        announce(referral, organisation);
        return new Intake(referral, false);
    }

    /**
     * A person with an open trajectory gets no second one: the referral joins it and is flagged, so
     * that a coordinator checks the match. The referral is still announced, since an ER referral
     * must never be dropped on a match that may be wrong.
     */
    private void joinOrOpenTrajectory(Referral referral) {
        Optional<DuplicatePersons.Match> match = DuplicatePersons.find(referral.personPhoneKey, referral.personIdentityKey);
        if (match.isPresent()) {
            referral.trajectoryId = match.get().earlier().trajectoryId;
            referral.flaggedForCoordinator = true;
            referral.flagReason = match.get().reason();
            return;
        }
        Trajectory trajectory = Trajectory.open(referral.receivedAt);
        trajectory.persist();
        referral.trajectoryId = trajectory.id;
    }

    private Referral newReferral(ReferringOrganisation organisation, NewReferral request, int currentYear) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.organisationId = organisation.id;
        referral.channel = request.channel();
        referral.urgency = request.channel().isUrgent() ? ReferralReceived.URGENT : ReferralReceived.ROUTINE;
        referral.status = ReferralStatus.RECEIVED;
        referral.externalReference = trim(request.externalReference());
        referral.receivedAt = clock.instant();

        if (request.referrer() != null) {
            referral.referrerName = request.referrer().name().trim();
            referral.referrerFunction = trim(request.referrer().function());
            referral.referrerPhone = request.referrer().phone().trim();
        }
        if (request.er() != null) {
            referral.erDepartment = request.er().department().trim();
            referral.erRoom = request.er().room().trim();
            referral.erExpectedDischargeAt = request.er().expectedDischargeAt() == null ? null
                    : request.er().expectedDischargeAt().toInstant();
        }

        NewReferral.Person person = request.person();
        referral.personFirstName = person.firstName().trim();
        referral.personLastName = trim(person.lastName());
        referral.personPhone = person.phone().trim();
        referral.personLanguage = person.language();
        referral.personGender = person.gender();
        referral.personAgeBand = person.birthYear() == null ? null : AgeBand.of(person.birthYear(), currentYear).label();
        referral.personMunicipality = trim(person.municipality());
        referral.personPhoneKey = PersonMatch.phoneKey(referral.personPhone);
        referral.personIdentityKey = PersonMatch.identityKey(person.firstName(), person.birthYear(), person.municipality())
                .orElse(null);

        if (request.situation() != null) {
            referral.mainSubstance = request.situation().mainSubstance();
            referral.secondarySubstance = request.situation().secondarySubstance();
            referral.erIntoxication = request.situation().erIntoxication();
        }
        if (request.preferences() != null) {
            referral.preferredPeerGender = request.preferences().peerGender();
            referral.preferredLanguage = request.preferences().language();
        }
        if (request.familyInvolvement() != null && request.familyInvolvement().contacts() != null) {
            request.familyInvolvement().contacts().forEach(c -> referral.familyContacts.add(
                    new Referral.FamilyContact(c.name().trim(), c.relation().trim(), c.phone().trim())));
        }
        referral.consentToContact = request.consent().contactByPeer();
        referral.consentShareWithPartners = request.consent().sharesWithPartners();
        if (referral.consentShareWithPartners) {
            request.consent().partners().forEach(p -> referral.sharingPartners.add(p.trim()));
        }
        return referral;
    }

    /**
     * No name, phone or birth year in the event: personal data stays in this service. ER referrals
     * keep version 1, which its consumers already read; every other channel needs version 2.
     */
    private void announce(Referral referral, ReferringOrganisation organisation) {
        ErLocation location = referral.erDepartment == null ? null : new ErLocation(referral.erDepartment, referral.erRoom);
        if (referral.channel == Channel.ER) {
            ReferralReceived event = new ReferralReceived(referral.id, referral.channel.name(), referral.urgency,
                    organisation.toEvent(), location, referral.personLanguage, referral.receivedAt, callBack(referral));
            outbox.publish(Topics.REFERRAL_EVENTS, EventTypes.REFERRAL_RECEIVED, referral.id.toString(), event);
            return;
        }
        ReferralReceivedV2 event = new ReferralReceivedV2(referral.id, referral.channel.name(), referral.urgency,
                organisation.toEvent(), location, referral.erExpectedDischargeAt, referral.personLanguage,
                referral.preferredPeerGender == null ? null : referral.preferredPeerGender.name(),
                referral.personAgeBand, referral.personMunicipality, referral.receivedAt, callBack(referral),
                substances(referral));
        outbox.publish(Topics.REFERRAL_EVENTS, EventTypes.REFERRAL_RECEIVED_V2, referral.id.toString(), event);
    }

    /** Main first; a category, not a diagnosis, so matching can find a peer with lived experience of it. */
    private static List<String> substances(Referral referral) {
        return Stream.of(referral.mainSubstance, referral.secondarySubstance)
                .filter(Objects::nonNull).map(Enum::name).distinct().toList();
    }

    /**
     * The referrer's work number, for notification-service to call back when no peer could be
     * reached. Intake refuses numbers that cannot be dialled; should one slip through, the event
     * goes without rather than break its schema.
     */
    static ReferrerCallBack callBack(Referral referral) {
        return PhoneNumbers.toE164(referral.referrerPhone)
                .map(phone -> new ReferrerCallBack(referral.referrerFunction, phone))
                .orElse(null);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
