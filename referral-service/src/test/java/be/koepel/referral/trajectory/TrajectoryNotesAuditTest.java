package be.koepel.referral.trajectory;

import static be.koepel.testing.Tokens.coordinator;
import static be.koepel.testing.Tokens.volunteer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import be.koepel.platform.events.CloudEventCodec;
import be.koepel.referral.referral.PersonalDataAccess;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrajectoryNotesAuditTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    CloudEventCodec codec;

    KafkaTestClient kafka;
    TrajectoryFixtures fixtures;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        fixtures = new TrajectoryFixtures(kafka, codec);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aCoordinatorReadingATrajectoryWithNotesLeavesAnAuditRowNamingWhoWhenAndWhichReferralAndTrajectory() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(false);
        opened.step("{\"type\": \"BEDSIDE_VISIT\", \"visitOutcome\": \"DONE\", \"note\": \"Lotte wil haar zus niet betrekken\"}")
                .then().statusCode(201);
        UUID trajectoryId = UUID.fromString(opened.trajectoryId());
        int before = noteReads(opened.referralId(), "coordinator").size();

        Instant start = Instant.now().minus(Duration.ofSeconds(1));
        given().auth().oauth2(coordinator()).when().get(opened.path()).then().statusCode(200);

        List<PersonalDataAccess> reads = noteReads(opened.referralId(), "coordinator");
        assertThat(reads).hasSize(before + 1);
        PersonalDataAccess read = reads.get(reads.size() - 1);
        assertThat(read.accessedBy).isEqualTo("coordinator");
        assertThat(read.trajectoryId).isEqualTo(trajectoryId);
        assertThat(read.purpose).isEqualTo("coordinator reads the trajectory's notes");
        assertThat(read.accessedAt).isBetween(start, Instant.now().plus(Duration.ofSeconds(1)));
        given().auth().oauth2(coordinator()).queryParam("referralId", opened.referralId())
                .when().get("/api/personal-data-accesses")
                .then().statusCode(200).body("items.trajectoryId", hasItem(opened.trajectoryId()));
    }

    @Test
    void thePeerReadingTheirOwnTrajectorysNotesIsAuditedAsTheirReadOfTheContactDataIs() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(false);
        opened.step("{\"type\": \"BEDSIDE_VISIT\", \"visitOutcome\": \"DONE\", \"note\": \"belt Lotte morgen\"}")
                .then().statusCode(201);
        int before = noteReads(opened.referralId(), "volunteer").size();

        given().auth().oauth2(volunteer(opened.peer())).when().get(opened.path()).then().statusCode(200);

        List<PersonalDataAccess> reads = noteReads(opened.referralId(), "volunteer");
        assertThat(reads).hasSize(before + 1);
        assertThat(reads.get(reads.size() - 1).accessedBy).isEqualTo("volunteer-" + opened.peer());
        // someone else's peer sees nothing, and nothing is written in their name
        UUID stranger = UUID.randomUUID();
        given().auth().oauth2(volunteer(stranger)).when().get(opened.path()).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                PersonalDataAccess.count("accessedBy", "volunteer-" + stranger))).isZero();
    }

    @Test
    void aHistoryWithoutFreeTextShowsNothingPersonalAndIsNotAudited() {
        TrajectoryFixtures.Opened opened = fixtures.openWithPeer(false);

        given().auth().oauth2(coordinator()).when().get(opened.path()).then().statusCode(200);
        given().auth().oauth2(volunteer(opened.peer())).when().get(opened.path()).then().statusCode(200);

        assertThat(noteReads(opened.referralId(), "coordinator")).isEmpty();
        assertThat(noteReads(opened.referralId(), "volunteer")).isEmpty();
    }

    private static List<PersonalDataAccess> noteReads(UUID referralId, String role) {
        return QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.<PersonalDataAccess>list(
                "referralId = ?1 and role = ?2 and trajectoryId is not null order by accessedAt", referralId, role));
    }
}
