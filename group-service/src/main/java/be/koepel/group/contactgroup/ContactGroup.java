package be.koepel.group.contactgroup;

import be.koepel.group.schedule.MeetingPattern;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An open contact group in one municipality, led by a peer supporter. */
@Entity
@Table(name = "contact_group")
public class ContactGroup extends PanacheEntityBase {

    public static final String DEFAULT_METHOD = "PIKASOL";
    private static final String WEEK_SEPARATOR = ",";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String municipality;

    @Column(name = "venue_name")
    public String venueName;

    @Column(name = "venue_address")
    public String venueAddress;

    @Column(name = "venue_accessibility")
    public String venueAccessibility;

    @Column(nullable = false)
    public String method = DEFAULT_METHOD;

    public Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GroupStatus status = GroupStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "pattern_weekday")
    public DayOfWeek patternWeekday;

    /** The ordinals of the pattern, e.g. "2,4"; empty for every week. */
    @Column(name = "pattern_weeks")
    public String patternWeeks;

    @Column(name = "pattern_start_time")
    public LocalTime patternStartTime;

    @Column(name = "pattern_end_time")
    public LocalTime patternEndTime;

    @Column(name = "pattern_starts_on")
    public LocalDate patternStartsOn;

    @Column(name = "pattern_until")
    public LocalDate patternUntil;

    // Sets, not lists: several eagerly fetched collections of one entity must not be bags.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_group_leader", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "volunteer_id", nullable = false)
    public Set<UUID> leaders = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_group_partner", joinColumns = @JoinColumn(name = "group_id"))
    public Set<ProfessionalPartner> partners = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_group_welcome", joinColumns = @JoinColumn(name = "group_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    public Set<Audience> welcome = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_group_language", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "language", nullable = false)
    public Set<String> languages = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean isLedBy(UUID volunteerId) {
        return volunteerId != null && leaders.contains(volunteerId);
    }

    public MeetingPattern meetingPattern() {
        if (patternWeekday == null) {
            return null;
        }
        List<Integer> weeks = patternWeeks == null || patternWeeks.isBlank() ? List.of()
                : Arrays.stream(patternWeeks.split(WEEK_SEPARATOR)).map(Integer::valueOf).toList();
        return new MeetingPattern(patternWeekday, weeks, patternStartTime, patternEndTime, patternStartsOn, patternUntil);
    }

    public void meetingPattern(MeetingPattern pattern) {
        patternWeekday = pattern == null ? null : pattern.weekday();
        patternWeeks = pattern == null ? null
                : pattern.weeksOfMonth().stream().map(String::valueOf).collect(Collectors.joining(WEEK_SEPARATOR));
        patternStartTime = pattern == null ? null : pattern.startTime();
        patternEndTime = pattern == null ? null : pattern.endTime();
        patternStartsOn = pattern == null ? null : pattern.startsOn();
        patternUntil = pattern == null ? null : pattern.until();
    }

    public Venue venue() {
        return venueAddress == null ? null : new Venue(venueName, venueAddress, venueAccessibility);
    }

    /** Takes over what a request says; returns whether the meeting schedule changed. */
    boolean apply(NewContactGroup request) {
        MeetingPattern before = meetingPattern();
        GroupStatus statusBefore = status;
        name = request.name().trim();
        municipality = request.municipality().trim();
        Venue venue = request.venue();
        venueName = venue == null ? null : venue.name();
        venueAddress = venue == null ? null : venue.address().trim();
        venueAccessibility = venue == null ? null : venue.accessibilityNotes();
        meetingPattern(request.meetingPattern());
        method = request.method() == null || request.method().isBlank() ? DEFAULT_METHOD : request.method().trim();
        replace(leaders, request.leaders() == null ? Set.of() : Set.copyOf(request.leaders()));
        replace(partners, request.partners() == null ? Set.of() : new LinkedHashSet<>(request.partners()));
        replace(welcome, request.welcome() == null || request.welcome().isEmpty() ? Set.of(Audience.values())
                : request.welcome());
        replace(languages, request.languages() == null ? Set.of()
                : request.languages().stream().map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new)));
        capacity = request.capacity();
        status = request.status() == null ? GroupStatus.ACTIVE : request.status();
        return !Objects.equals(before, meetingPattern()) || statusBefore != status;
    }

    private static <T> void replace(Set<T> target, java.util.Collection<T> values) {
        if (!target.equals(new LinkedHashSet<>(values))) {
            target.clear();
            target.addAll(values);
        }
    }
}
