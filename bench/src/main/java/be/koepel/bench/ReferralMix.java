package be.koepel.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Referral bodies as the network's organisations send them: ER referrals from the four
 * hospitals, ward referrals, and non-urgent ones from the GP practice, OCMW and CAW, with the
 * optional fields filled as a careful referrer would. Every referral has its own person (a
 * phone number of its own), and every hospital referral an ER room that is unique in the run:
 * the page's SMS carries the room, which is how the bench finds the page of a referral.
 */
final class ReferralMix {

    /** What one POST sends. {@code room} is null for referrals without a department and room. */
    record ReferralRequest(Organisation organisation, String body, String room, boolean er) {
    }

    private static final List<String> FIRST_NAMES = List.of("Mieke", "Jan", "An", "Luc", "Sofie", "Wim", "Els",
            "Koen", "Lotte", "Bart", "Inge", "Tom", "Nele", "Dirk", "Ilse", "Pieter", "Yasmina", "Mohamed", "Olena", "Kevin");
    private static final List<String> LAST_NAMES = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
            "Willems", "Claes", "Goossens", "Wouters", "De Smet");
    private static final List<String> MUNICIPALITIES = List.of("Turnhout", "Geel", "Mol", "Herentals", "Kasterlee",
            "Oud-Turnhout", "Beerse", "Balen", "Westerlo", "Olen");
    private static final List<String> SUBSTANCES = List.of("ALCOHOL", "ALCOHOL", "ALCOHOL", "CANNABIS", "COCAINE",
            "MEDICATION", "OPIATES", "OTHER_STIMULANTS");
    private static final List<String> GENDERS = List.of("FEMALE", "MALE", "MALE", "X");

    private final String runTag;
    private final AtomicLong sequence = new AtomicLong();
    /** Phone numbers are unique per referral, so that no referral is taken for a repeat of another. */
    private final long phoneBase;

    /** @param runTag four hex digits, so that rooms of an earlier run on the same stack never match */
    ReferralMix(String runTag) {
        this.runTag = runTag;
        this.phoneBase = Long.parseLong(runTag, 16) % 90 * 100_000L;
    }

    String runTag() {
        return runTag;
    }

    /**
     * The intake mix: 20 % ER (the four hospitals in turn), 15 % ward, 25 % GP, 20 % OCMW, 20 % CAW.
     * ER referrals peak in the evenings; this is a busy evening.
     */
    ReferralRequest next(char scenario, SplittableRandom random) {
        int dice = random.nextInt(100);
        if (dice < 20) {
            return er(scenario, random);
        }
        if (dice < 35) {
            return ward(scenario, random);
        }
        if (dice < 60) {
            return community(Organisation.GP, "GP", random);
        }
        if (dice < 80) {
            return community(Organisation.OCMW, "OCMW", random);
        }
        return community(Organisation.CAW, "CAW", random);
    }

    /** An ER referral: someone just arrived with an intoxication; the on-call peer is paged at once. */
    ReferralRequest er(char scenario, SplittableRandom random) {
        long n = sequence.incrementAndGet();
        Organisation hospital = Organisation.HOSPITALS.get((int) (n % Organisation.HOSPITALS.size()));
        String room = room(scenario, n);
        String body = """
                {"channel":"ER","externalReference":"%s","referrer":{"name":"Dr. %s","function":"spoedarts","phone":"+32 14 40 60 11"},\
                "er":{"department":"Spoedgevallen","room":"%s"},%s,\
                "situation":{"mainSubstance":"%s","erIntoxication":true},\
                "preferences":{"peerGender":"NO_PREFERENCE","language":"nl"},\
                %s}"""
                .formatted(reference(hospital, n), pick(LAST_NAMES, random), room, person(n, random),
                        pick(SUBSTANCES, random), consent(random));
        return new ReferralRequest(hospital, body, room, true);
    }

    private ReferralRequest ward(char scenario, SplittableRandom random) {
        long n = sequence.incrementAndGet();
        Organisation hospital = Organisation.HOSPITALS.get((int) (n % Organisation.HOSPITALS.size()));
        String room = room(scenario, n);
        String body = """
                {"channel":"WARD","externalReference":"%s","er":{"department":"Interne geneeskunde","room":"%s"},%s,\
                "situation":{"mainSubstance":"%s"},"consent":{"contactByPeer":true}}"""
                .formatted(reference(hospital, n), room, person(n, random), pick(SUBSTANCES, random));
        return new ReferralRequest(hospital, body, room, false);
    }

    private ReferralRequest community(Organisation organisation, String channel, SplittableRandom random) {
        long n = sequence.incrementAndGet();
        String body = """
                {"channel":"%s","referrer":{"name":"%s","phone":"+32 14 44 33 22"},%s,\
                "situation":{"mainSubstance":"%s"},"preferences":{"peerGender":"%s","language":"nl"},\
                %s}"""
                .formatted(channel, organisation.name(), person(n, random), pick(SUBSTANCES, random),
                        random.nextInt(4) == 0 ? "FEMALE" : "NO_PREFERENCE", consent(random));
        return new ReferralRequest(organisation, body, null, false);
    }

    /** Half the persons let a partner follow their trajectory; partners are only listed with that consent. */
    private static String consent(SplittableRandom random) {
        return random.nextBoolean()
                ? "\"consent\":{\"contactByPeer\":true,\"shareWithPartners\":true,\"partners\":[\"caw-de-kempen\"]}"
                : "\"consent\":{\"contactByPeer\":true}";
    }

    private String person(long n, SplittableRandom random) {
        long phone = phoneBase + n;
        return """
                "person":{"firstName":"%s","lastName":"%s","phone":"+32 47%d %02d %02d %02d","language":"nl",\
                "gender":"%s","birthYear":%d,"municipality":"%s"}"""
                .formatted(pick(FIRST_NAMES, random), pick(LAST_NAMES, random), 1 + phone / 1_000_000 % 9,
                        phone / 10_000 % 100, phone / 100 % 100, phone % 100, pick(GENDERS, random),
                        1950 + random.nextInt(55), pick(MUNICIPALITIES, random));
    }

    /** "Box B1a2b-17": the scenario, the run, the referral. At most 50 characters, as the API allows. */
    private String room(char scenario, long n) {
        return "Box " + scenario + runTag + "-" + n;
    }

    private String reference(Organisation hospital, long n) {
        return hospital.id().toUpperCase(java.util.Locale.ROOT).replace("-", "") + "-" + runTag + "-" + n;
    }

    /** The scenario letter of a room, or '?' when it is not one of ours. */
    static char scenarioOf(String room) {
        return room.length() > 4 ? room.charAt(4) : '?';
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
