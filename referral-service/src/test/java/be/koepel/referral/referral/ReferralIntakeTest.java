package be.koepel.referral.referral;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
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
import be.koepel.testing.KoepelTestResource;
import be.koepel.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KoepelTestResource.class, initArgs = @ResourceArg(name = "service", value = "referral"))
class ReferralIntakeTest {

    static final String ER_REFERRAL = """
            {
              "channel": "ER",
              "er": {"department": "Spoedgevallen", "room": "Box 4"},
              "person": {"firstName": "Jan", "phone": "+32 470 12 34 56", "language": "nl"},
              "consent": {"contactByPeer": true}
            }""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anErReferralFromAHospitalIsStoredAndAnnouncedOnceWithoutPersonalData() {
        String location = given().auth().oauth2(hospital("az-turnhout"))
                .contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(201)
                .header("Location", containsString("/api/referrals/"))
                .body("status", equalTo("RECEIVED"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(hospital("az-turnhout"))
                .when().get(location)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("er.room", equalTo("Box 4"))
                .body("assignedPeer", nullValue())
                .body("person", nullValue());

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()));
            EventSchemas.assertConforms(record.value());
            assertThat(record.value())
                    .contains("\"type\":\"referral.received.v1\"", "\"urgency\":\"URGENT\"", "AZ Turnhout", "Box 4")
                    // the phone in every form it could be written, never a bare digit run a UUID could also hold
                    .doesNotContain("Jan", "+32470", "+32 470", "470123456", "470 12 34 56");
            assertThat(KafkaTestClient.header(record, "content-type")).startsWith("application/cloudevents+json");
            assertThat(kafka.readAll(Topics.REFERRAL_EVENTS, r -> id.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void aMalformedReferralNamesEachBadFieldAndChangesNothing() {
        long referralsBefore = Referral.count();
        long eventsBefore = outboxCount();

        given().auth().oauth2(hospital("az-turnhout"))
                .contentType(ContentType.JSON)
                .body("""
                        {
                          "channel": "ER",
                          "er": {"department": "", "room": "Box 4"},
                          "person": {"firstName": "Jan", "phone": "call me", "language": "Dutch"},
                          "consent": {"contactByPeer": false}
                        }""")
                .when().post("/api/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", containsInAnyOrder(
                        "er.department", "person.phone", "person.language", "consent.contactByPeer"));

        assertThat(Referral.count()).isEqualTo(referralsBefore);
        assertThat(outboxCount()).isEqualTo(eventsBefore);
    }

    @Test
    void anErReferralWithoutLocationOrWithAnUnknownChannelIsRefusedNamingTheField() {
        given().auth().oauth2(hospital("az-turnhout"))
                .contentType(ContentType.JSON)
                .body("""
                        {"channel": "ER", "person": {"firstName": "Jan", "phone": "+32470123456", "language": "nl"},
                         "consent": {"contactByPeer": true}}""")
                .when().post("/api/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("er"));

        given().auth().oauth2(hospital("az-turnhout"))
                .contentType(ContentType.JSON)
                .body(ER_REFERRAL.replace("\"ER\"", "\"TELEPATHY\""))
                .when().post("/api/referrals")
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("channel"));

        given().auth().oauth2(hospital("az-turnhout"))
                .contentType(ContentType.JSON)
                .body("{not json")
                .when().post("/api/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAHospitalMakesAnErReferral() {
        given().auth().oauth2(referrer("huisartsen-kasterlee", "GP"))
                .contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(400)
                .body("violations.field", hasItem("channel"));
    }

    @Test
    void anUnknownHospitalOrATokenWithoutTheReferrerRoleIsRefused() {
        long before = Referral.count();
        given().auth().oauth2(hospital("az-nergens"))
                .contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.token("no-org", java.util.Set.of("referrer"), java.util.Map.of()))
                .contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.fromForeignIssuer("az-turnhout"))
                .contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(401);
        assertThat(Referral.count()).isEqualTo(before);
    }

    @Test
    void anotherHospitalCannotSeeTheReferralButACoordinatorCan() {
        String location = given().auth().oauth2(hospital("az-herentals"))
                .contentType(ContentType.JSON).body(ER_REFERRAL)
                .when().post("/api/referrals")
                .then().statusCode(201).extract().header("Location");

        given().auth().oauth2(hospital("az-turnhout")).when().get(location).then().statusCode(404);
        given().auth().oauth2(volunteer(UUID.randomUUID())).when().get(location).then().statusCode(404);
        given().auth().oauth2(coordinator()).when().get(location).then().statusCode(200)
                .body("organisationId", equalTo("az-herentals"))
                .body("person", nullValue());
    }

    private static long outboxCount() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                (Long) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createQuery("select count(m) from OutboxMessage m").getSingleResult());
    }
}
