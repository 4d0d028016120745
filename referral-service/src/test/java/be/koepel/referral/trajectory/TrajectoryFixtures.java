package be.koepel.referral.trajectory;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.hospital;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.notification.PageAcknowledged;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.UniqueDigits;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** ER referrals with an assigned peer, made through the API and the real broker, as in production. */
final class TrajectoryFixtures {

    static final String HOSPITAL = "az-sint-dimpna-geel";

    /** A trajectory with its peer: the referral, the trajectory's ids and the peer. */
    record Opened(UUID referralId, String trajectoryId, String publicId, UUID peer) {

        String path() {
            return "/api/trajectories/" + trajectoryId;
        }

        Response step(String body) {
            return given().auth().oauth2(volunteer(peer)).contentType(ContentType.JSON).body(body)
                    .when().post(path() + "/steps");
        }
    }

    private final KafkaTestClient kafka;
    private final CloudEventCodec codec;

    TrajectoryFixtures(KafkaTestClient kafka, CloudEventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** @param share whether the person agreed to share the pseudonymised trajectory with a partner */
    UUID postErReferral(boolean share) {
        // A phone and name of its own, so that no referral of another test is taken for the same person.
        int unique = UniqueDigits.next();
        String phone = "+32 470 " + unique;
        String consent = share ? "{\"contactByPeer\": true, \"shareWithPartners\": true, \"partners\": [\"caw-de-kempen\"]}"
                : "{\"contactByPeer\": true}";
        String location = given().auth().oauth2(hospital(HOSPITAL)).contentType(ContentType.JSON)
                .body("""
                        {"channel": "ER", "er": {"department": "Spoed", "room": "Box 2"},
                         "referrer": {"name": "Verpleegkundige Wouters", "function": "spoedverpleegkundige",
                                      "phone": "014 56 78 90"},
                         "person": {"firstName": "Lotte-%d", "lastName": "Vermeulen", "phone": "%s", "language": "nl",
                                    "birthYear": 1991, "municipality": "Mol"},
                         "consent": %s}""".formatted(unique, phone, consent))
                .when().post("/api/referrals").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    Opened openWithPeer(boolean share) {
        UUID referralId = postErReferral(share);
        UUID peer = UUID.randomUUID();
        PageAcknowledged data = new PageAcknowledged(UUID.randomUUID(), referralId, peer, Instant.now());
        kafka.send(Topics.NOTIFICATION_EVENTS, referralId.toString(), codec.encode(codec.wrap(
                "koepel/notification-service", EventTypes.PAGE_ACKNOWLEDGED, referralId.toString(), data)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(coordinator())
                .when().get("/api/referrals/" + referralId).then().statusCode(200)
                .body("status", equalTo("PEER_ASSIGNED")));
        String trajectoryId = given().auth().oauth2(coordinator()).when().get("/api/referrals/" + referralId)
                .then().extract().path("trajectoryId");
        String publicId = given().auth().oauth2(coordinator()).when().get("/api/trajectories/" + trajectoryId)
                .then().statusCode(200).extract().path("publicId");
        return new Opened(referralId, trajectoryId, publicId, peer);
    }
}
