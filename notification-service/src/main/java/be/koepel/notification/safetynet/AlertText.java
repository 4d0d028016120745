package be.koepel.notification.safetynet;

import java.util.UUID;

/**
 * What the coordinator on duty reads: why they are needed, where, which language, and the referral
 * to look up. Like a page, never the person's name.
 */
public final class AlertText {

    private AlertText() {
    }

    public static String compose(CoordinatorAlert.Reason reason, UUID referralId, String hospitalName,
            String department, String room, String language) {
        StringBuilder text = new StringBuilder("Koepel ALARM: ").append(switch (reason) {
            case NO_CANDIDATES -> "geen ervaringsdrager gevonden";
            case EXHAUSTED -> "niemand bevestigde de oproep";
        }).append(" voor een spoedverwijzing");
        if (hospitalName != null && !hospitalName.isBlank()) {
            text.append(": ").append(hospitalName);
        }
        if (department != null && !department.isBlank()) {
            text.append(", ").append(department);
        }
        if (room != null && !room.isBlank()) {
            text.append(", kamer ").append(room);
        }
        if (language != null && !language.isBlank()) {
            text.append(". Taal: ").append(language);
        }
        return text.append(". Verwijzing ").append(referralId).append(". Neem het over.").toString();
    }
}
