package be.koepel.referral.referral;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.referrer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import be.koepel.contracts.Topics;
import be.koepel.testing.EventSchemas;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FullIntakeTest {

    static final int BIRTH_YEAR = 1984;

    static final String GP_REFERRAL = """
            {
              "channel": "GP",
              "externalReference": "HAK-%s",
              "referrer": {"name": "Dr. Peeters", "function": "huisarts", "phone": "+32 14 55 66 77"},
              "person": {"firstName": "Mieke", "lastName": "Maes", "phone": "+32 471 98 76 54", "language": "nl",
                         "gender": "FEMALE", "birthYear": 1984, "municipality": "Kasterlee"},
              "situation": {"mainSubstance": "MEDICATION", "secondarySubstance": "ALCOHOL"},
              "preferences": {"peerGender": "FEMALE", "language": "nl"},
              "familyInvolvement": {"contacts": [{"name": "Pieter", "relation": "broer", "phone": "+32 472 11 22 33"}]},
              "consent": {"contactByPeer": true, "shareWithPartners": true, "partners": ["caw-de-kempen"]}
            }""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aGpReferralWithTheFullBodyIsStoredWithAnAgeBandAndAnnouncedAsVersionTwoWithoutPersonalData() {
        String location = given().auth().oauth2(referrer("huisartsen-kasterlee", "GP"))
                .contentType(ContentType.JSON).body(GP_REFERRAL.formatted(UUID.randomUUID()))
                .when().post("/api/referrals")
                .then().statusCode(201)
                .body("channel", equalTo("GP"))
                .body("urgency", equalTo("ROUTINE"))
                .body("referrer.name", equalTo("Dr. Peeters"))
                .body("person", nullValue())
                .body("situation", nullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String expectedBand = AgeBand.of(BIRTH_YEAR, Year.now(ZoneId.of("Europe/Brussels")).getValue()).label();

        given().auth().oauth2(coordinator()).when().get(location).then().statusCode(200)
                .body("situation.mainSubstance", equalTo("MEDICATION"))
                .body("situation.secondarySubstance", equalTo("ALCOHOL"))
                .body("preferences.peerGender", equalTo("FEMALE"))
                .body("sharing.partners", containsInAnyOrder("caw-de-kempen"))
                .body("person", nullValue());

        Referral stored = QuarkusTransaction.requiringNew().call(() -> {
            Referral r = Referral.findById(UUID.fromString(id));
            r.familyContacts.size();
            return r;
        });
        assertThat(stored.personAgeBand).isEqualTo(expectedBand);
        assertThat(stored.personLastName).isEqualTo("Maes");
        assertThat(stored.personMunicipality).isEqualTo("Kasterlee");
        assertThat(stored.familyContacts).singleElement().satisfies(c -> assertThat(c.relation).isEqualTo("broer"));
        assertThat(stored.consentShareWithPartners).isTrue();

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()));
            EventSchemas.assertConforms(record.value());
            assertThat(record.value())
                    .contains("\"type\":\"referral.received.v2\"", "\"channel\":\"GP\"", "\"urgency\":\"ROUTINE\"",
                            "\"ageBand\":\"" + expectedBand + "\"", "\"preferredPeerGender\":\"FEMALE\"",
                            "\"callBack\":{\"function\":\"huisarts\",\"phone\":\"+3214556677\"}",
                            // categories only, for matching a peer with lived experience of them
                            "\"substances\":[\"MEDICATION\",\"ALCOHOL\"]")
                    // digits only in context: a bare "471" or "1984" also turns up inside random UUIDs and timestamps
                    .doesNotContain("Mieke", "Maes", "+32471", "+32 471", "471987654", "Pieter", "+32472",
                            "birthYear", ":1984", "\"1984");
        }
    }

    @Test
    void everyReferringOrganisationTypeRefersThroughItsOwnChannel() {
        postAs(referrer("ocmw-turnhout", "OCMW"), minimal("OCMW")).then().statusCode(201).body("urgency", equalTo("ROUTINE"));
        postAs(referrer("caw-de-kempen", "CAW"), minimal("CAW")).then().statusCode(201);
        postAs(hospital("az-herentals"), """
                {"channel": "WARD", "er": {"department": "Interne geneeskunde", "room": "312B"},
                 "person": {"firstName": "Jan", "phone": "+32 470 00 00 01", "language": "nl"},
                 "consent": {"contactByPeer": true}}""").then().statusCode(201).body("er.room", equalTo("312B"));
        postAs(coordinator(), minimal("SELF")).then().statusCode(201).body("organisationId", equalTo("koepel"));
        postAs(coordinator(), minimal("FAMILY")).then().statusCode(201);

        postAs(referrer("huisartsen-kasterlee", "GP"), minimal("OCMW")).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("channel"));
        postAs(referrer("caw-de-kempen", "CAW"), minimal("SELF")).then().statusCode(400)
                .body("violations.field", hasItem("channel"));
    }

    @Test
    void anErReferralKeepsTheExpectedDischargeTimeAndIsStillAnnouncedAsVersionOne() {
        String location = postAs(hospital("az-turnhout"), """
                {"channel": "ER",
                 "er": {"department": "Spoed", "room": "Box 2", "expectedDischargeAt": "2026-11-25T10:00:00+01:00"},
                 "referrer": {"name": "Els", "function": "spoedverpleegkundige", "phone": "014/40.60.11"},
                 "person": {"firstName": "Jan", "phone": "+32 470 00 00 02", "language": "nl", "birthYear": 1990},
                 "situation": {"mainSubstance": "ALCOHOL", "erIntoxication": true},
                 "consent": {"contactByPeer": true}}""")
                .then().statusCode(201)
                .body("urgency", equalTo("URGENT"))
                .body("er.expectedDischargeAt", equalTo("2026-11-25T09:00:00Z"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Referral.<Referral>findById(UUID.fromString(id)).erExpectedDischargeAt))
                .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()));
            EventSchemas.assertConforms(record.value());
            assertThat(record.value()).contains("\"type\":\"referral.received.v1\"",
                    "\"callBack\":{\"function\":\"spoedverpleegkundige\",\"phone\":\"+3214406011\"}");
        }
    }

    @Test
    void aReferrerPhoneThatCannotBeCalledBackIsRefusedByNameAndNothingIsStored() {
        long before = Referral.count();
        postAs(hospital("az-turnhout"), """
                {"channel": "ER", "er": {"department": "Spoed", "room": "Box 3"},
                 "referrer": {"name": "Els", "function": "spoedverpleegkundige", "phone": "14 40 60 11"},
                 "person": {"firstName": "Jan", "phone": "+32 470 00 00 09", "language": "nl"},
                 "consent": {"contactByPeer": true}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("referrer.phone"));
        assertThat(Referral.count()).isEqualTo(before);
    }

    @Test
    void aNationalRegisterNumberIsRefusedByNameAndNothingIsStored() {
        long before = Referral.count();
        postAs(referrer("huisartsen-kasterlee", "GP"), """
                {"channel": "GP", "person": {"firstName": "Jan", "phone": "+32 470 00 00 03", "language": "nl",
                 "nationalRegisterNumber": "84.01.01-123.45"}, "consent": {"contactByPeer": true}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("person.nationalRegisterNumber"))
                .body("violations[0].message", containsString("national register number"));
        postAs(referrer("huisartsen-kasterlee", "GP"), """
                {"channel": "GP", "rijksregisternummer": "84010112345",
                 "person": {"firstName": "Jan", "phone": "+32 470 00 00 03", "language": "nl"},
                 "consent": {"contactByPeer": true}}""")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("nationalRegisterNumber"));
        assertThat(Referral.count()).isEqualTo(before);
    }

    @Test
    void anUnknownSubstanceIsRefusedNamingTheFieldAndTheAllowedValues() {
        postAs(referrer("huisartsen-kasterlee", "GP"), """
                {"channel": "GP", "person": {"firstName": "Jan", "phone": "+32 470 00 00 04", "language": "nl"},
                 "situation": {"mainSubstance": "CHOCOLATE"}, "consent": {"contactByPeer": true}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("situation.mainSubstance"))
                .body("violations[0].message", containsString("GAMBLING_GAMING"));
    }

    @Test
    void domainRulesAreReportedTogetherPerFieldAndNothingIsStoredOrPublished() {
        long before = Referral.count();
        postAs(referrer("huisartsen-kasterlee", "GP"), """
                {"channel": "GP", "er": {"department": "Spoed", "room": "1"},
                 "person": {"firstName": "Jan", "phone": "+32 470 00 00 05", "language": "nl", "birthYear": 2999},
                 "consent": {"contactByPeer": true, "shareWithPartners": false, "partners": ["caw-de-kempen"]}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("consent.shareWithPartners", "er", "person.birthYear"));
        assertThat(Referral.count()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = minimal("GP").replace("\"Jan\"", "\"" + "x".repeat(100_000) + "\"");
        postAs(referrer("huisartsen-kasterlee", "GP"), huge).then().statusCode(413);
    }

    static io.restassured.response.Response postAs(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/referrals");
    }

    static String minimal(String channel) {
        return """
                {"channel": "%s", "person": {"firstName": "Jan", "phone": "+32 470 %s", "language": "nl"},
                 "consent": {"contactByPeer": true}}""".formatted(channel, String.valueOf(100000 + (int) (Math.random() * 800000)));
    }
}
