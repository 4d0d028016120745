package be.koepel.stack;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What the local stack seeds on its first start. Pure data and rules, no I/O. */
final class SeedData {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    static final LocalTime DAY_STARTS = LocalTime.of(8, 0);
    static final LocalTime EVENING_STARTS = LocalTime.of(18, 0);

    /** A peer supporter; {@code username} is their Keycloak user (deploy/keycloak/koepel-realm.json). */
    record Volunteer(String username, String displayName, String phone, String email, List<String> languages,
            String hospital, String gender, String ageBand, List<String> livedExperience, String municipality) {
    }

    /** One on-call shift to post to volunteer-service; {@code volunteer} is an index into {@link #VOLUNTEERS}. */
    record Shift(int volunteer, String hospital, OffsetDateTime startsAt, OffsetDateTime endsAt, int rank) {
    }

    static final List<String> HOSPITALS = List.of("az-turnhout", "az-herentals", "az-sint-dimpna-geel", "az-heilig-hart-mol");

    static final List<Volunteer> VOLUNTEERS = List.of(
            volunteer("an.peeters", "An Peeters", "+32470112233", List.of("nl", "en"), "az-turnhout",
                    "FEMALE", "35-44", List.of("ALCOHOL"), "Turnhout"),
            volunteer("jan.janssens", "Jan Janssens", "+32471223344", List.of("nl", "fr"), "az-turnhout",
                    "MALE", "45-54", List.of("ALCOHOL", "MEDICATION"), "Oud-Turnhout"),
            volunteer("els.maes", "Els Maes", "+32472334455", List.of("nl"), "az-turnhout",
                    "FEMALE", "25-34", List.of("CANNABIS", "OTHER_STIMULANTS"), "Beerse"),
            volunteer("luc.jacobs", "Luc Jacobs", "+32473445566", List.of("nl", "en"), "az-herentals",
                    "MALE", "55-64", List.of("ALCOHOL"), "Herentals"),
            volunteer("griet.mertens", "Griet Mertens", "+32474556677", List.of("nl", "de"), "az-herentals",
                    "FEMALE", "45-54", List.of("MEDICATION"), "Olen"),
            volunteer("koen.willems", "Koen Willems", "+32475667788", List.of("nl", "fr", "en"), "az-sint-dimpna-geel",
                    "MALE", "35-44", List.of("COCAINE", "ALCOHOL"), "Geel"),
            volunteer("sofie.claes", "Sofie Claes", "+32476778899", List.of("nl"), "az-sint-dimpna-geel",
                    "FEMALE", "25-34", List.of("OPIATES"), "Geel"),
            volunteer("bart.goossens", "Bart Goossens", "+32477889900", List.of("nl", "ar"), "az-sint-dimpna-geel",
                    "MALE", "25-34", List.of("CANNABIS"), "Westerlo"),
            volunteer("hilde.wouters", "Hilde Wouters", "+32478990011", List.of("nl", "en"), "az-heilig-hart-mol",
                    "FEMALE", "55-64", List.of("ALCOHOL", "GAMBLING_GAMING"), "Mol"),
            volunteer("tom.desmet", "Tom De Smet", "+32479001122", List.of("nl", "tr"), "az-heilig-hart-mol",
                    "MALE", "35-44", List.of("COCAINE"), "Balen"));

    /** Contact groups: name and municipality. */
    static final List<List<String>> GROUPS = List.of(
            List.of("Contactgroep Turnhout", "Turnhout"),
            List.of("Contactgroep Geel", "Geel"),
            List.of("Contactgroep Mol", "Mol"));

    private SeedData() {
    }

    private static Volunteer volunteer(String username, String name, String phone, List<String> languages, String hospital,
            String gender, String ageBand, List<String> livedExperience, String municipality) {
        return new Volunteer(username, name, phone, username + "@vrijwilligers.koepel.example", languages, hospital,
                gender, ageBand, livedExperience, municipality);
    }

    /**
     * The on-call rota for every hospital from {@code today} through {@code today + days}: a day
     * shift 08:00–18:00 and an evening-and-night shift 18:00–08:00, local time, each with a rank 1
     * and a rank 2 from the hospital's own volunteers, taking turns; Friday and Saturday evenings
     * (the ER's busiest) get a third backup where the hospital has three volunteers. The first
     * shift is yesterday evening's, so the small hours of today are covered too. Every hour of the
     * period has a rank 1 and a rank 2 at every hospital.
     */
    static List<Shift> rota(LocalDate today, int days) {
        List<Shift> shifts = new ArrayList<>();
        for (String hospital : HOSPITALS) {
            List<Integer> pool = new ArrayList<>();
            for (int i = 0; i < VOLUNTEERS.size(); i++) {
                if (VOLUNTEERS.get(i).hospital().equals(hospital)) {
                    pool.add(i);
                }
            }
            int turn = 0;
            for (LocalDate date = today.minusDays(1); !date.isAfter(today.plusDays(days)); date = date.plusDays(1)) {
                if (!date.isBefore(today)) {
                    OffsetDateTime dayStart = at(date, DAY_STARTS);
                    OffsetDateTime dayEnd = at(date, EVENING_STARTS);
                    add(shifts, pool, turn++, hospital, dayStart, dayEnd, false);
                }
                OffsetDateTime eveningStart = at(date, EVENING_STARTS);
                OffsetDateTime nightEnd = at(date.plusDays(1), DAY_STARTS);
                boolean busy = date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY;
                add(shifts, pool, turn++, hospital, eveningStart, nightEnd, busy);
            }
        }
        return shifts;
    }

    private static void add(List<Shift> shifts, List<Integer> pool, int turn, String hospital, OffsetDateTime start,
            OffsetDateTime end, boolean thirdBackup) {
        int n = pool.size();
        shifts.add(new Shift(pool.get(turn % n), hospital, start, end, 1));
        shifts.add(new Shift(pool.get((turn + 1) % n), hospital, start, end, 2));
        if (thirdBackup && n >= 3) {
            shifts.add(new Shift(pool.get((turn + 2) % n), hospital, start, end, 3));
        }
    }

    private static OffsetDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toOffsetDateTime();
    }
}
