package be.koepel.system;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.Topics;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.SmsGatewayStub.Sms;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ER flow through all four services, as separate processes on one real broker and one real
 * PostgreSQL server: a hospital posts, the on-call peer supporter gets an SMS, acknowledges, and
 * the referral shows the assigned peer. The fault tests run last, since they disturb the network.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErFlowSystemTest {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final AtomicInteger PHONE = new AtomicInteger(200000);

    static KoepelNetwork network;
    /** On call at AZ Heilig Hart Mol for the crash test, registered long before it runs. */
    static Peer molFirst;
    static Peer molSecond;

    @BeforeAll
    static void startNetwork() {
        network = KoepelNetwork.start();
        // The crash test kills notification-service: its peers must be known to it before then, as
        // real volunteers are. Right after a kill -9 its consumers wait for the dead member's
        // Kafka session to expire, so a registration still in flight would arrive too late.
        molFirst = peerOnCall("az-heilig-hart-mol", 1);
        molSecond = peerOnCall("az-heilig-hart-mol", 2);
    }

    @AfterAll
    static void stopNetwork() {
        if (network != null) {
            network.close();
        }
    }

    record Peer(UUID id, String phone) {
    }

    @Test
    @Order(1)
    void anErReferralPagesTheOnCallPeerWhoAcknowledgesAndIsAssigned() {
        Peer first = peerOnCall("az-turnhout", 1);
        peerOnCall("az-turnhout", 2);

        UUID referralId = postErReferral("az-turnhout");

        Sms page = awaitSms(first);
        assertThat(page.text()).contains("AZ Turnhout", "Spoedgevallen", "Box 7", network.notification.url() + "/a/");
        assertThat(page.text()).doesNotContain("Mieke");

        given().auth().oauth2(volunteer(first.id()))
                .when().post(network.notification.url() + "/api/pages/" + pageOf(referralId, 1) + "/acknowledge")
                .then().statusCode(200);

        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(hospital("az-turnhout"))
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("status", equalTo("PEER_ASSIGNED"))
                .body("assignedPeer.volunteerId", equalTo(first.id().toString())));
        // now, and only now, the assigned peer reads who to visit
        given().auth().oauth2(volunteer(first.id()))
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("person.firstName", equalTo("Mieke"));
    }

    @Test
    @Order(2)
    void withoutAnAcknowledgementTheSecondPeerOnCallIsPaged() {
        Peer first = peerOnCall("az-herentals", 1);
        Peer second = peerOnCall("az-herentals", 2);

        UUID referralId = postErReferral("az-herentals");

        awaitSms(first);
        Sms escalated = awaitSms(second);
        assertThat(escalated.text()).contains("AZ Herentals");
        assertThat(network.sms.receivedBy(first.phone())).hasSize(1);

        // the answer link in the SMS works without logging in
        String link = escalated.text().substring(escalated.text().indexOf("http"));
        given().when().post(link).then().statusCode(200);
        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().body("assignedPeer.volunteerId", equalTo(second.id().toString())));
    }

    @Test
    @Order(3)
    void aCrashOfNotificationServiceMidEscalationLosesNoDeadlineAndPagesNoOneTwice() {
        Peer first = molFirst;
        Peer second = molSecond;
        postErReferral("az-heilig-hart-mol");
        awaitSms(first);

        network.notification.kill();
        network.notification.start().awaitReady();

        awaitSms(second);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                network.sms.receivedBy(first.phone()).size() == 1 && network.sms.receivedBy(second.phone()).size() == 1);
    }

    @Test
    @Order(4)
    void aReferralAcceptedWhileTheBrokerIsDownIsPublishedOnceItIsBack() {
        Peer peer = peerOnCall("az-sint-dimpna-geel", 1);

        network.stopBroker();
        UUID referralId = postErReferral("az-sint-dimpna-geel");
        given().auth().oauth2(hospital("az-sint-dimpna-geel"))
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().statusCode(200).body("status", equalTo("RECEIVED"));
        network.restartBroker();

        awaitSms(peer);
        try (KafkaTestClient kafka = new KafkaTestClient(network.kafkaBootstrapServers())) {
            assertThat(kafka.readAll(Topics.REFERRAL_EVENTS, r -> referralId.toString().equals(r.key()),
                    Duration.ofSeconds(3))).hasSize(1);
        }
    }

    private static Peer peerOnCall(String hospitalId, int rank) {
        String phone = "+32470" + PHONE.incrementAndGet();
        String location = given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Peer %s", "phone": "%s", "languages": ["nl"]}""".formatted(phone, phone))
                .when().post(network.volunteer.url() + "/api/volunteers")
                .then().statusCode(201).extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        OffsetDateTime now = OffsetDateTime.now();
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"volunteerId": "%s", "hospitalId": "%s", "startsAt": "%s", "endsAt": "%s", "rank": %d}"""
                        .formatted(id, hospitalId, now.minusHours(1), now.plusHours(8), rank))
                .when().post(network.volunteer.url() + "/api/rota/shifts")
                .then().statusCode(201);
        return new Peer(id, phone);
    }

    private static UUID postErReferral(String hospitalId) {
        String location = given().auth().oauth2(hospital(hospitalId)).contentType(ContentType.JSON)
                .body("""
                        {"channel": "ER", "er": {"department": "Spoedgevallen", "room": "Box 7"},
                         "person": {"firstName": "Mieke", "phone": "+32 478 00 11 22", "language": "nl"},
                         "consent": {"contactByPeer": true}}""")
                .when().post(network.referral.url() + "/api/referrals")
                .then().statusCode(201).extract().header("Location");
        assertThat(URI.create(location).getPath()).startsWith("/api/referrals/");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Sms awaitSms(Peer peer) {
        await().atMost(FLOW).until(() -> !network.sms.receivedBy(peer.phone()).isEmpty());
        return network.sms.receivedBy(peer.phone()).get(0);
    }

    private static String pageOf(UUID referralId, int rank) {
        List<String> ids = given().auth().oauth2(coordinator())
                .queryParam("referralId", referralId.toString())
                .when().get(network.notification.url() + "/api/pages")
                .then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.candidateRank == " + rank + " }.id", String.class);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
