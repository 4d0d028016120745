package be.koepel.referral.referral;

import static be.koepel.referral.referral.ReferralFixtures.postErReferral;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeerAssignmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aPageAcknowledgementDeliveredTwiceAssignsThePeerOnce() {
        UUID referralId = postErReferral("az-turnhout");
        UUID peer = UUID.randomUUID();
        String acknowledged = acknowledgement(referralId, peer);

        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), acknowledged);
        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), acknowledged);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(hospital("az-turnhout"))
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("status", equalTo("PEER_ASSIGNED"))
                .body("assignedPeer.volunteerId", equalTo(peer.toString())));
        String eventId = codec.decode(acknowledged).id();
        await().atMost(Duration.ofSeconds(10)).until(() -> timesProcessed(eventId) == 1);
        // the duplicate was read and skipped: still one record of it, and one assignment
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15)).until(() -> timesProcessed(eventId) == 1);
    }

    @Test
    void theFirstAcknowledgementWinsAndALaterOneForAnotherPeerChangesNothing() {
        UUID referralId = postErReferral("az-turnhout");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), acknowledgement(referralId, first));
        String late = acknowledgement(referralId, second);
        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), late);

        await().atMost(Duration.ofSeconds(30)).until(() -> timesProcessed(codec.decode(late).id()) == 1);
        given().auth().oauth2(hospital("az-turnhout"))
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("assignedPeer.volunteerId", equalTo(first.toString()));
    }

    @Test
    void onlyTheAssignedPeerReadsThePersonsContactDetailsAndEachReadIsAudited() {
        UUID referralId = postErReferral("az-sint-dimpna-geel");
        UUID peer = UUID.randomUUID();
        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), acknowledgement(referralId, peer));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(volunteer(peer))
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("person.firstName", equalTo("Jan"))
                .body("person.phone", equalTo("+32 470 12 34 56"))
                .body("er.room", equalTo("Box 4")));

        given().auth().oauth2(volunteer(UUID.randomUUID()))
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(404);
        given().auth().oauth2(hospital("az-sint-dimpna-geel"))
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(200).body("person", nullValue());

        long audited = QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.count("referralId = ?1 and role = 'volunteer'", referralId));
        assertThat(audited).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheNextEventOnItsPartitionIsStillProcessed() {
        UUID referralId = postErReferral("az-heilig-hart-mol");
        String key = referralId.toString();

        kafka.send(Topics.NOTIFICATION_EVENTS, key, "{\"this is\": \"no CloudEvent\"");
        kafka.send(Topics.NOTIFICATION_EVENTS, key, acknowledgement(referralId, UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(hospital("az-heilig-hart-mol"))
                .when().get("/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("status", equalTo("PEER_ASSIGNED")));
        ConsumerRecord<String, String> parked = kafka.awaitRecord(Topics.deadLetter(Topics.NOTIFICATION_EVENTS),
                r -> key.equals(r.key()));
        assertThat(parked.value()).isEqualTo("{\"this is\": \"no CloudEvent\"");
        assertThat(KafkaTestClient.header(parked, "dead-letter-reason")).contains("CloudEvent");
    }

    private String acknowledgement(UUID referralId, UUID volunteerId) {
        PageAcknowledged data = new PageAcknowledged(UUID.randomUUID(), referralId, volunteerId, Instant.now());
        return codec.encode(codec.wrap("koepel/notification-service", EventTypes.PAGE_ACKNOWLEDGED,
                referralId.toString(), data));
    }

    private static long timesProcessed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager()
                .createNativeQuery("select count(*) from processed_event where event_id = cast(:id as uuid)")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
