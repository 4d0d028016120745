package be.koepel.notification.delivery;

import static be.koepel.testing.Tokens.coordinator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.trajectory.FollowUpLapsed;
import be.koepel.notification.ServiceTestBase;
import be.koepel.notification.paging.PagingFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages and notices also go out by e-mail, over SMTP to a real mail server (GreenMail). */
@QuarkusTest
@QuarkusTestResource(GreenMailTestResource.class)
class EmailTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "koepel.test.imap-port")
    int imapPort;

    MailBox mail;

    @BeforeEach
    void openMailBox() {
        mail = new MailBox(imapPort);
    }

    @Test
    void aPageGoesBySmsAndByEmailWithTheSameAnswerLink() {
        var peer = fixtures.volunteerWithEmail(true);
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, peer);

        await().atMost(WAIT).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        await().atMost(WAIT).until(() -> mail.of(PagingFixtures.emailOf(peer)).size() == 1);
        MailBox.Mail page = mail.of(PagingFixtures.emailOf(peer)).get(0);
        assertThat(page.subject()).isEqualTo("Koepel spoedoproep");
        assertThat(page.text()).isEqualTo(sms.receivedBy(peer.phone()).get(0).text()).contains("Box 4", "/a/");
    }

    @Test
    void aVolunteerWithOnlyAnEmailAddressIsPagedByEmailAndTheLinkInItAcknowledges() {
        var peer = fixtures.volunteerWithEmail(false);
        UUID referralId = UUID.randomUUID();

        fixtures.propose(referralId, peer);

        await().atMost(WAIT).until(() -> mail.of(PagingFixtures.emailOf(peer)).size() == 1);
        String text = mail.of(PagingFixtures.emailOf(peer)).get(0).text();
        String link = URI.create(text.substring(text.indexOf("http")).trim()).getPath();
        given().when().post(link).then().statusCode(200);
        given().auth().oauth2(coordinator()).queryParam("referralId", referralId.toString())
                .when().get("/api/pages").then().statusCode(200)
                .body("delivery", equalTo(List.of("SENT")))
                .body("status", equalTo(List.of("ACKNOWLEDGED")));
    }

    @Test
    void aNoticeReachesAVolunteerWithOnlyAnEmailAddressByEmail() {
        var peer = fixtures.volunteerWithEmail(false);
        UUID trajectoryId = UUID.randomUUID();

        fixtures.send(Topics.TRAJECTORY_INTERNAL, "koepel/referral-service", EventTypes.FOLLOW_UP_LAPSED,
                trajectoryId.toString(), new FollowUpLapsed(UUID.randomUUID(), trajectoryId, peer.id(),
                        LocalDate.of(2026, 11, 23), Instant.now()));

        await().atMost(WAIT).until(() -> mail.of(PagingFixtures.emailOf(peer)).size() == 1);
        MailBox.Mail notice = mail.of(PagingFixtures.emailOf(peer)).get(0);
        assertThat(notice.subject()).isEqualTo("Koepel");
        assertThat(notice.text()).contains("vervolgcontact", "23 november");
    }
}
