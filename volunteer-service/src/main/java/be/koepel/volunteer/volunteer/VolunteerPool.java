package be.koepel.volunteer.volunteer;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.contracts.volunteer.VolunteerRegistered;
import be.koepel.contracts.volunteer.VolunteerUpdated;
import be.koepel.platform.outbox.Outbox;
import be.koepel.platform.problem.Problem;
import be.koepel.platform.problem.ProblemException;
import be.koepel.volunteer.rota.Rota;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Keeps the pool of peer supporters and tells the network about every change, in the same transaction. */
@ApplicationScoped
public class VolunteerPool {

    private final Outbox outbox;
    private final Clock clock;
    private final VolunteerConfig config;

    public VolunteerPool(Outbox outbox, Clock clock, VolunteerConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public Volunteer register(NewVolunteer request) {
        if (request.status() != null && request.status() != Status.ACTIVE && request.status() != Status.CANDIDATE) {
            throw ProblemException.badField("status", "must be CANDIDATE or ACTIVE when registering");
        }
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        apply(volunteer, request);
        volunteer.status = request.status() == null ? Status.ACTIVE : request.status();
        volunteer.registeredAt = clock.instant();
        volunteer.updatedAt = volunteer.registeredAt;
        volunteer.persist();
        // Stored and announced together: notification-service can page this volunteer only once it knows the channels.
        outbox.publish(Topics.VOLUNTEER_EVENTS, EventTypes.VOLUNTEER_REGISTERED, volunteer.id.toString(),
                new VolunteerRegistered(volunteer.id, volunteer.displayName,
                        volunteer.channels(), volunteer.registeredAt));
        announce(volunteer);
        return volunteer;
    }

    @Transactional
    public Volunteer update(UUID id, ProfileUpdate request) {
        Volunteer volunteer = require(id);
        if (request.version() != volunteer.version) {
            throw ProblemException.conflict("Volunteer " + id + " is at version " + volunteer.version
                    + ", not " + request.version() + "; read it again and reapply the change");
        }
        apply(volunteer, request);
        return changed(volunteer);
    }

    /** @param byCoordinator a volunteer may only pause and resume themselves */
    @Transactional
    public Volunteer changeStatus(UUID id, StatusChange change, boolean byCoordinator) {
        List<Problem.Violation> violations = ProfileRules.statusViolations(change, today());
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        Volunteer volunteer = require(id);
        if (!byCoordinator && !ProfileRules.volunteerMayChange(volunteer.status, change.status())) {
            throw ProblemException.forbidden("A volunteer pauses and resumes; a coordinator changes " + volunteer.status
                    + " to " + change.status());
        }
        volunteer.status = change.status();
        volunteer.pausedUntil = change.pausedUntil();
        return changed(volunteer);
    }

    @Transactional
    public Training addTraining(UUID id, NewTraining request) {
        List<Problem.Violation> violations = ProfileRules.trainingViolations(request);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        require(id);
        Training training = new Training();
        training.id = UUID.randomUUID();
        training.volunteerId = id;
        training.type = request.type();
        training.hospitalId = request.type().perHospital() ? request.hospitalId() : null;
        training.completedOn = request.completedOn();
        training.expiresOn = request.expiresOn();
        training.recordedAt = clock.instant();
        training.persist();
        return training;
    }

    /** Replaces the volunteer's contact methods; notification-service learns them from volunteer.updated.v1. */
    @Transactional
    public Volunteer setContactChannels(UUID id, List<ContactChannelInput> channels) {
        List<Problem.Violation> violations = ContactChannelRules.violations(channels, "channels");
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        Volunteer volunteer = require(id);
        volunteer.contactChannels = ContactChannelRules.normalised(channels);
        return changed(volunteer);
    }

    @Transactional
    public Volunteer setBackup(UUID id, BackupInput backup) {
        List<Problem.Violation> violations = ProfileRules.backupViolations(backup);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        Volunteer volunteer = require(id);
        volunteer.backupOrganisation = backup.organisation().trim();
        volunteer.backupContactName = backup.contactName().trim();
        volunteer.backupPhone = blankToNull(backup.phone()) == null ? null : ContactDetails.normalisePhone(backup.phone());
        volunteer.backupEmail = blankToNull(backup.email());
        return changed(volunteer);
    }

    public static List<Training> trainings(UUID volunteerId) {
        return Training.<Training>list("volunteerId = ?1 order by completedOn, id", volunteerId);
    }

    /** Every volunteer's trainings in one query, for checking a whole rota at once. */
    public static Map<UUID, List<TrainingRecord>> trainings(Collection<UUID> volunteerIds) {
        if (volunteerIds.isEmpty()) {
            return Map.of();
        }
        return Training.<Training>list("volunteerId in ?1", volunteerIds).stream()
                .collect(Collectors.groupingBy(t -> t.volunteerId,
                        Collectors.mapping(Training::toRecord, Collectors.toList())));
    }

    /** Why this volunteer cannot be paged for the hospital on that day; empty when they can. */
    public List<String> obstacles(Volunteer volunteer, List<TrainingRecord> trainings, String hospital, LocalDate day) {
        return Pageability.obstacles(volunteer.status, volunteer.pausedUntil, trainings,
                Pageability.required(config.pageable(), hospital), hospital, day);
    }

    public static boolean exists(UUID id) {
        return id != null && Volunteer.count("id", id) > 0;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Rota.REGION);
    }

    private static Volunteer require(UUID id) {
        return Volunteer.<Volunteer>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
    }

    private void apply(Volunteer volunteer, ProfileFields fields) {
        volunteer.displayName = fields.displayName().trim();
        volunteer.phone = ContactDetails.normalisePhone(fields.phone());
        volunteer.email = blankToNull(fields.email());
        volunteer.languages = fields.languages().stream().distinct().toList();
        volunteer.gender = fields.gender();
        volunteer.ageBand = fields.ageBand();
        volunteer.livedExperience = fields.livedExperience() == null ? List.of()
                : fields.livedExperience().stream().distinct().map(Enum::name).toList();
        volunteer.recoverySince = fields.recoverySince();
        volunteer.municipalities = trimmed(fields.municipalities());
        volunteer.hospitals = trimmed(fields.hospitals());
        volunteer.maxTrajectories = fields.maxTrajectories() == null
                ? config.defaultMaxTrajectories() : fields.maxTrajectories();
    }

    /** Flushed first so that the event carries the version the change produced. */
    private Volunteer changed(Volunteer volunteer) {
        volunteer.updatedAt = clock.instant();
        Volunteer.flush();
        announce(volunteer);
        return volunteer;
    }

    private void announce(Volunteer volunteer) {
        VolunteerUpdated.ProfessionalBackup backup = volunteer.backupOrganisation == null ? null
                : new VolunteerUpdated.ProfessionalBackup(volunteer.backupOrganisation, volunteer.backupContactName,
                        backupChannels(volunteer));
        outbox.publish(Topics.VOLUNTEER_EVENTS, EventTypes.VOLUNTEER_UPDATED, volunteer.id.toString(),
                new VolunteerUpdated(volunteer.id, volunteer.version, volunteer.displayName, volunteer.status.name(),
                        volunteer.pausedUntil, volunteer.languages, volunteer.hospitals,
                        volunteer.channels(), backup, volunteer.updatedAt));
    }

    private static List<ContactChannel> backupChannels(Volunteer volunteer) {
        if (volunteer.backupPhone == null) {
            return volunteer.backupEmail == null ? List.of()
                    : List.of(new ContactChannel(ContactChannel.EMAIL, volunteer.backupEmail, 0));
        }
        return ContactDetails.channels(volunteer.backupPhone, volunteer.backupEmail);
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields", violations);
    }
}
