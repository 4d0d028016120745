package be.koepel.notification.safetynet;

import java.util.UUID;

/**
 * What the coordinator on duty and the referring hospital read: why, where, which language, and
 * the referral to look up. Like a page, never the person's name.
 */
public final class AlertText {

    private AlertText() {
    }

    public static String compose(CoordinatorAlert.Reason reason, UUID referralId, String hospitalName,
            String department, String room, String language) {
        StringBuilder text = new StringBuilder("Koepel ALARM: ").append(switch (reason) {
            case NO_CANDIDATES -> "geen ervaringsdrager gevonden";
            case EXHAUSTED -> "niemand bevestigde de oproep";
            case REFERRER_CALL_BACK -> throw new IllegalArgumentException("the call-back message has its own text");
        }).append(" voor een spoedverwijzing");
        String place = place(hospitalName, department, room);
        if (!place.isEmpty()) {
            text.append(": ").append(place);
        }
        if (language != null && !language.isBlank()) {
            text.append(". Taal: ").append(language);
        }
        return text.append(". Verwijzing ").append(referralId).append(". Neem het over.").toString();
    }

    /**
     * The coordinator's alert when paging ran out, saying whether the hospital has been told or
     * must be called by the coordinator.
     */
    public static String composeWithCallBack(CoordinatorAlert.Reason reason, UUID referralId, String hospitalName,
            String department, String room, String language, String callBackPhone) {
        return compose(reason, referralId, hospitalName, department, room, language) + (callBackPhone == null
                ? " Het ziekenhuis gaf geen terugbelnummer: verwittig de spoed zelf."
                : " De spoed kreeg een sms op " + callBackPhone + ".");
    }

    /**
     * For the referring hospital's call-back contact: the referral, where, and that the
     * coordinator on duty took it over. No person's name and no volunteer's name.
     */
    public static String callBack(UUID referralId, String hospitalName, String department, String room) {
        StringBuilder text = new StringBuilder("Koepel: voor uw spoedverwijzing ").append(referralId).append(" (");
        return text.append(place(hospitalName, department, room)).append(") kon geen ervaringsdrager bevestigen. De coördinator van wacht is verwittigd en neemt contact op.")
                .toString();
    }

    private static String place(String hospitalName, String department, String room) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (hospitalName != null && !hospitalName.isBlank()) {
            parts.add(hospitalName);
        }
        if (department != null && !department.isBlank()) {
            parts.add(department);
        }
        if (room != null && !room.isBlank()) {
            parts.add("kamer " + room);
        }
        return String.join(", ", parts);
    }
}
