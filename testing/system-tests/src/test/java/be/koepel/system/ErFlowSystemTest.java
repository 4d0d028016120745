package be.koepel.system;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.groupLeader;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.referrer;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import be.koepel.contracts.Topics;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.SmsGatewayStub.Sms;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
 * The flows through all four services, as separate processes on one real broker and one real
 * PostgreSQL server: a hospital posts, the on-call peer supporter gets an SMS, acknowledges, and
 * the referral shows the assigned peer; a GP referral is matched and assigned without paging; a
 * person referred on to a contact group is expected there and their arrival reaches the
 * trajectory. The fault tests run last, since they disturb the network.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErFlowSystemTest {

    private static final Duration FLOW = Duration.ofSeconds(60);
    private static final AtomicInteger PHONE = new AtomicInteger(200000);
    private static final String GP = "huisartsen-kasterlee";

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
        assertThat(pagesTo(first)).hasSize(1);

        // the answer link in the SMS works without logging in
        String link = escalated.text().substring(escalated.text().indexOf("http"));
        given().when().post(link).then().statusCode(200);
        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().body("assignedPeer.volunteerId", equalTo(second.id().toString())));
    }

    @Test
    @Order(3)
    void aGpReferralIsMatchedAndAssignedByTheCoordinatorAndThePeerIsToldWithoutAPage() {
        Peer peer = peerInPool();
        UUID referralId = postGpReferral();

        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get(network.volunteer.url() + "/api/referrals/" + referralId + "/matches")
                .then().statusCode(200)
                .body("candidates.volunteerId", hasItem(peer.id().toString()))
                .body("candidates[0].factors.name", hasItem("LANGUAGE")));
        given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"volunteerId": "%s"}""".formatted(peer.id()))
                .when().post(network.volunteer.url() + "/api/referrals/" + referralId + "/assign")
                .then().statusCode(200);

        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(referrer(GP, "GP"))
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("status", equalTo("PEER_ASSIGNED"))
                .body("assignedPeer.volunteerId", equalTo(peer.id().toString())));
        // a notice, not a page: nothing to acknowledge, and never the person's name
        Sms notice = awaitText(peer, "toegewezen");
        assertThat(notice.text()).doesNotContain("Mieke", network.notification.url() + "/a/");
        given().auth().oauth2(volunteer(peer.id()))
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().statusCode(200)
                .body("person.firstName", equalTo("Mieke"));
    }

    @Test
    @Order(4)
    void aPersonReferredToAContactGroupWithoutSharingConsentIsExpectedThereAndTheirArrivalReachesTheTrajectory() {
        Peer leader = peerInPool();
        UUID group = contactGroupLedBy(leader);
        Peer peer = peerInPool();
        UUID referralId = postGpReferral();
        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"volunteerId": "%s"}""".formatted(peer.id()))
                .when().post(network.volunteer.url() + "/api/referrals/" + referralId + "/assign")
                .then().statusCode(200));
        String trajectoryId = await().atMost(FLOW).until(() -> given().auth().oauth2(volunteer(peer.id()))
                .when().get(network.referral.url() + "/api/referrals/" + referralId)
                .then().extract().path("trajectoryId"), id -> id != null);
        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(volunteer(peer.id())).contentType(ContentType.JSON)
                .body("""
                        {"type": "REFERRED_ON", "options": ["CONTACT_GROUP"], "contactGroupId": "%s"}""".formatted(group))
                .when().post(network.referral.url() + "/api/trajectories/" + trajectoryId + "/steps")
                .then().statusCode(201));

        // the leader is told, though the person did not consent to share with partners
        Sms told = awaitText(leader, "Contactgroep Kasterlee");
        assertThat(told.text()).doesNotContain("Mieke");
        String newcomer = await().atMost(FLOW).until(() -> given().auth().oauth2(groupLeader(leader.id()))
                .when().get(network.group.url() + "/api/groups/" + group + "/newcomers")
                .then().statusCode(200).extract().jsonPath().getString("items[0].trajectoryId"), id -> id != null);

        // in Brussels time, as the activity log counts its years, so the year asked for below is the session's
        OffsetDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Brussels")).minusHours(3).truncatedTo(ChronoUnit.HOURS)
                .toOffsetDateTime();
        String session = given().auth().oauth2(groupLeader(leader.id())).contentType(ContentType.JSON)
                .body("""
                        {"startsAt": "%s", "endsAt": "%s"}""".formatted(start, start.plusHours(2)))
                .when().post(network.group.url() + "/api/groups/" + group + "/sessions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(groupLeader(leader.id())).contentType(ContentType.JSON)
                .body("""
                        {"trajectoryIds": ["%s"], "otherPersons": 4}""".formatted(newcomer))
                .when().put(network.group.url() + "/api/groups/" + group + "/sessions/" + session + "/attendance")
                .then().statusCode(200);

        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get(network.referral.url() + "/api/trajectories/" + trajectoryId)
                .then().statusCode(200)
                .body("steps.type", hasItem("JOINED_CONTACT_GROUP")));
        await().atMost(FLOW).untilAsserted(() -> given().auth().oauth2(volunteer(leader.id()))
                .queryParam("year", start.getYear())
                .when().get(network.volunteer.url() + "/api/volunteers/" + leader.id() + "/activity")
                .then().statusCode(200)
                .body("entries.title", hasItem("Contactgroep Kasterlee")));
    }

    @Test
    @Order(5)
    void aCrashOfNotificationServiceMidEscalationLosesNoDeadlineAndPagesNoOneTwice() {
        Peer first = molFirst;
        Peer second = molSecond;
        postErReferral("az-heilig-hart-mol");
        awaitSms(first);

        network.notification.kill();
        network.notification.start().awaitReady();

        awaitSms(second);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).until(() ->
                pagesTo(first).size() == 1 && pagesTo(second).size() == 1);
    }

    @Test
    @Order(6)
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

    /** A peer supporter in the pool, on no rota: reachable for routine referrals and notices. */
    private static Peer peerInPool() {
        String phone = "+32470" + PHONE.incrementAndGet();
        String location = given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Peer %s", "phone": "%s", "languages": ["nl"]}""".formatted(phone, phone))
                .when().post(network.volunteer.url() + "/api/volunteers")
                .then().statusCode(201).extract().header("Location");
        return new Peer(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)), phone);
    }

    private static UUID contactGroupLedBy(Peer leader) {
        String id = given().auth().oauth2(coordinator()).contentType(ContentType.JSON)
                .body("""
                        {"name": "Contactgroep Kasterlee", "municipality": "Kasterlee",
                         "venue": {"name": "Ontmoetingscentrum", "address": "Markt 1, 2460 Kasterlee"},
                         "meetingPattern": {"weekday": "WEDNESDAY", "startTime": "19:30", "endTime": "21:30"},
                         "leaders": ["%s"],
                         "welcome": ["PERSONS", "FAMILY", "PROFESSIONALS"],
                         "languages": ["nl"],
                         "capacity": 15}""".formatted(leader.id()))
                .when().post(network.group.url() + "/api/groups")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static UUID postGpReferral() {
        String location = given().auth().oauth2(referrer(GP, "GP")).contentType(ContentType.JSON)
                .body("""
                        {"channel": "GP",
                         "referrer": {"name": "Dr. Peeters", "function": "huisarts", "phone": "014 55 66 77"},
                         "person": {"firstName": "Mieke", "phone": "+32478%d", "language": "nl"},
                         "consent": {"contactByPeer": true}}""".formatted(PHONE.incrementAndGet()))
                .when().post(network.referral.url() + "/api/referrals")
                .then().statusCode(201).extract().header("Location");
        // a person of their own each time: the same one again would join the open trajectory
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
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

    /** The first page to the peer: a text with a one-tap answer link. Rota notices are not pages. */
    private static Sms awaitSms(Peer peer) {
        await().atMost(FLOW).until(() -> !pagesTo(peer).isEmpty());
        return pagesTo(peer).get(0);
    }

    private static List<Sms> pagesTo(Peer peer) {
        return network.sms.receivedBy(peer.phone()).stream()
                .filter(sms -> sms.text().contains(network.notification.url() + "/a/")).toList();
    }

    /** The first text to the peer that matches: for notices, which carry no answer link. */
    private static Sms awaitText(Peer peer, String containing) {
        await().atMost(FLOW).until(() -> network.sms.receivedBy(peer.phone()).stream()
                .anyMatch(sms -> sms.text().contains(containing)));
        return network.sms.receivedBy(peer.phone()).stream()
                .filter(sms -> sms.text().contains(containing)).findFirst().orElseThrow();
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
