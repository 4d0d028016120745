package be.koepel.group.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The public directory in the shape of Open Referral HSDS 3.0: the network is the organization,
 * each contact group a service, its venue a location (through service_at_location) and its
 * meeting pattern a schedule. Field names are HSDS 3.0's; fields beyond HSDS carry the {@code x_}
 * prefix HSDS reserves for extensions. Every object has the {@code id} HSDS requires, derived from
 * the group so that it stays the same between requests (and so does the ETag). Nothing here is
 * personal: no leaders, no partners' contacts, no attendance.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsDirectory(Organization organization, List<Service> services) {

    public record Organization(UUID id, String name, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(
            UUID id,
            @JsonProperty("organization_id") UUID organizationId,
            String name,
            String description,
            String status,
            @JsonProperty("eligibility_description") String eligibilityDescription,
            List<Language> languages,
            @JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations,
            List<Schedule> schedules,
            @JsonProperty("x_welcome") List<String> welcome,
            @JsonProperty("x_method") String method,
            @JsonProperty("x_municipality") String municipality,
            @JsonProperty("x_next_sessions") List<NextSession> nextSessions,
            // the schedule's schedule_link too, but also for a group with one-off sessions and no pattern
            @JsonProperty("x_calendar_url") String calendarUrl) {
    }

    public record Language(UUID id, String code) {
    }

    public record ServiceAtLocation(UUID id, Location location) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(UUID id, @JsonProperty("location_type") String locationType, String name,
            List<Address> addresses, List<Accessibility> accessibility) {
    }

    public record Address(UUID id, @JsonProperty("address_1") String address1, String city, String country,
            @JsonProperty("address_type") String addressType) {
    }

    public record Accessibility(UUID id, String description) {
    }

    /** RFC 5545-style recurrence as HSDS has it: freq, byday ("2TU,4TU"), opens/closes in local time. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schedule(
            UUID id,
            String freq,
            String byday,
            @JsonProperty("opens_at") String opensAt,
            @JsonProperty("closes_at") String closesAt,
            @JsonProperty("valid_from") String validFrom,
            @JsonProperty("valid_to") String validTo,
            String description,
            @JsonProperty("schedule_link") String scheduleLink,
            @JsonProperty("x_timezone") String timezone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextSession(
            @JsonProperty("starts_at") OffsetDateTime startsAt,
            @JsonProperty("ends_at") OffsetDateTime endsAt,
            String status,
            String note) {
    }
}
