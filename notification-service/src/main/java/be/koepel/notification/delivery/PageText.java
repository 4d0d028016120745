package be.koepel.notification.delivery;

/**
 * The text of an ER page. It says where to go and in which language to speak, and ends with the
 * answer link. It never holds the person's name: an SMS passes through many hands.
 */
public final class PageText {

    private PageText() {
    }

    public static String compose(String hospitalName, String department, String room, String language, String answerLink) {
        StringBuilder text = new StringBuilder("Koepel spoedoproep: ").append(hospitalName);
        if (department != null && !department.isBlank()) {
            text.append(", ").append(department);
        }
        if (room != null && !room.isBlank()) {
            text.append(", kamer ").append(room);
        }
        text.append(". Taal: ").append(language).append(". Ga je? Bevestig: ").append(answerLink);
        return text.toString();
    }
}
