package be.koepel.notification.notice;

import be.koepel.contracts.volunteer.RotaGapDetected;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The texts of non-urgent notices. Like pages, they pass through many hands: no person's name,
 * no contact details; the peer reads the details in the app.
 */
public final class NoticeText {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'om' HH:mm", DUTCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH);

    private final ZoneId zone;

    public NoticeText(ZoneId zone) {
        this.zone = zone;
    }

    public String peerAssigned(String organisationName) {
        return "Koepel: er werd een verwijzing aan jou toegewezen"
                + (organisationName == null || organisationName.isBlank() ? "" : " (van " + organisationName + ")")
                + ". Je vindt de gegevens in de app.";
    }

    public String newcomerExpected(String groupName, Instant nextSessionStartsAt) {
        return "Koepel: iemand werd doorverwezen naar " + groupName + (nextSessionStartsAt == null
                ? ". Er is nog geen volgende bijeenkomst gepland."
                : " en komt misschien naar de volgende bijeenkomst, " + when(nextSessionStartsAt) + ".");
    }

    public String rotaChanged(int shifts, Instant from, Instant until) {
        return "Koepel: je wachtrooster is gewijzigd. Je hebt " + shifts + (shifts == 1 ? " wachtbeurt" : " wachtbeurten")
                + " tussen " + day(from) + " en " + day(until) + ". Bekijk ze in de app.";
    }

    public String shiftReminder(String scheduleName, Instant startsAt, Instant endsAt) {
        return "Koepel: herinnering, je bent van wacht (" + scheduleName + ") vanaf " + when(startsAt)
                + " tot " + when(endsAt) + ".";
    }

    /** Without a kind (an event older than the field) the gap is told as it always was: nobody on call. */
    public String rotaGap(String scheduleName, List<String> hospitals, Instant startsAt, Instant endsAt,
            RotaGapDetected.Kind kind) {
        String who = kind == RotaGapDetected.Kind.NOBODY_PAGEABLE
                ? "niemand oproepbaar (wel ingeroosterd; zie de roosterhiaten in de app)"
                : "niemand van wacht";
        return "Koepel: " + who + " voor " + scheduleName
                + (hospitals == null || hospitals.isEmpty() ? "" : " (" + String.join(", ", hospitals) + ")")
                + " van " + when(startsAt) + " tot " + when(endsAt) + ". Vul het rooster aan.";
    }

    public String followUpLapsed(LocalDate nextContactOn) {
        return "Koepel: het vervolgcontact van " + DAY.format(nextContactOn)
                + " is nog niet genoteerd. Neem contact op of noteer het in de app.";
    }

    public String unknownVolunteer(String eventType, UUID volunteerId) {
        return "Koepel: een melding (" + eventType + ") voor vrijwilliger " + volunteerId
                + " kon niet bezorgd worden: deze vrijwilliger is onbekend. Ze staat in de dead-letter queue.";
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    private String day(Instant instant) {
        return DAY.format(instant.atZone(zone));
    }
}
