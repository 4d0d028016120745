package be.koepel.notification.notice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.trajectory.FollowUpLapsed;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.notification.ServiceTestBase;
import be.koepel.notification.delivery.MailBox;
import be.koepel.notification.paging.PagingFixtures;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A notice goes to each of the volunteer's channels on its own: a channel that fails for a while
 * gets it once it is back, and a channel that took it never gets it again, also after a restart.
 * (The SMS gateway stub, a real SMTP server and a webhook endpoint that fails on demand.)
 */
@QuarkusTest
class NoticeChannelsTest extends ServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    /** Long ago enough that a claim of then is stale: the process that made it died. */
    static final Duration WHILE_DOWN = Duration.ofMinutes(10);

    @ConfigProperty(name = "koepel.test.imap-port")
    int imapPort;

    WireMockServer endpoint;
    MailBox mail;

    @BeforeEach
    void startEndpoint() {
        endpoint = new WireMockServer(wireMockConfig().dynamicPort());
        endpoint.start();
        mail = new MailBox(imapPort);
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop();
    }

    @Test
    void aWebhookThatFailsForAWhileGetsTheNoticeOnceItIsBackWhileSmsAndEmailGetItExactlyOnce() {
        endpoint.stubFor(post(urlEqualTo("/hook")).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("still down"));
        endpoint.stubFor(post(urlEqualTo("/hook")).inScenario("down").whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        endpoint.stubFor(post(urlEqualTo("/hook")).inScenario("down").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(204)));
        String phone = PagingFixtures.newPhone();
        String email = "notice-" + UUID.randomUUID() + "@peers.example";
        var peer = fixtures.volunteerWith(phone, List.of(new ContactChannel(ContactChannel.SMS, phone, 0),
                new ContactChannel(ContactChannel.EMAIL, email, 1),
                new ContactChannel(ContactChannel.WEBHOOK, endpoint.baseUrl() + "/hook", 2)));
        UUID trajectoryId = UUID.randomUUID();

        fixtures.send(Topics.TRAJECTORY_INTERNAL, "koepel/referral-service", EventTypes.FOLLOW_UP_LAPSED,
                trajectoryId.toString(), new FollowUpLapsed(UUID.randomUUID(), trajectoryId, peer.id(),
                        LocalDate.of(2026, 11, 24), Instant.now()));

        // two refusals, then the webhook takes it
        await().atMost(WAIT).until(() -> hookPosts() == 3);
        assertThat(sms.receivedBy(phone)).singleElement().extracting(text -> text.text()).asString()
                .contains("24 november");
        assertThat(mail.of(email)).singleElement().extracting(MailBox.Mail::text).asString().contains("24 november");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> hookPosts() == 3 && sms.receivedBy(phone).size() == 1 && mail.of(email).size() == 1);
        Notice notice = noticeOf(peer.id());
        assertThat(notice.deliveryStatus).isEqualTo(Notice.Delivery.SENT);
        assertThat(outcomes(notice.id)).isEqualTo(Map.of("sms", "SENT", "email", "SENT", "webhook", "SENT"));
    }

    @Test
    void aNoticeWhoseProcessDiedAfterItsSmsWentOutGoesOutOnlyOnTheOtherChannelWhenItRunsAgain() {
        endpoint.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
        String phone = PagingFixtures.newPhone();
        var peer = fixtures.volunteerWith(phone, List.of(new ContactChannel(ContactChannel.SMS, phone, 0),
                new ContactChannel(ContactChannel.WEBHOOK, endpoint.baseUrl() + "/hook", 1)));
        Instant crashedAt = Instant.now().minus(WHILE_DOWN);
        UUID noticeId = UUID.randomUUID();

        // as the crash left it: claimed, its SMS sent and recorded, the webhook not yet tried
        QuarkusTransaction.requiringNew().run(() -> {
            Notice notice = new Notice();
            notice.id = noticeId;
            notice.dedupeKey = "restart:" + noticeId;
            notice.kind = Notice.Kind.FOLLOW_UP_LAPSED;
            notice.volunteerId = peer.id();
            notice.text = "Herinnering " + noticeId;
            notice.deliveryStatus = Notice.Delivery.SENDING;
            notice.deliveryAttempts = 1;
            notice.nextDeliveryAt = crashedAt;
            notice.createdAt = crashedAt;
            notice.sentAt = crashedAt;
            notice.persist();
            em.createNativeQuery("insert into message_channel (message_table, message_id, channel, outcome, recorded_at)"
                    + " values ('notice', :id, 'sms', 'SENT', :at)")
                    .setParameter("id", noticeId).setParameter("at", crashedAt).executeUpdate();
        });

        await().atMost(WAIT).until(() -> hookPosts() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> hookPosts() == 1 && sms.receivedBy(phone).isEmpty());
        assertThat(endpoint.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0).getBodyAsString())
                .contains(noticeId.toString());
        assertThat(outcomes(noticeId)).isEqualTo(Map.of("sms", "SENT", "webhook", "SENT"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>findById(noticeId).deliveryStatus))
                .isEqualTo(Notice.Delivery.SENT);
    }

    private int hookPosts() {
        return endpoint.findAll(postRequestedFor(urlEqualTo("/hook"))).size();
    }

    private static Notice noticeOf(UUID volunteerId) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>find("volunteerId", volunteerId).singleResult());
    }

    /** What became of the notice on each channel, as recorded. */
    private Map<String, String> outcomes(UUID noticeId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select channel, outcome from message_channel"
                    + " where message_table = 'notice' and message_id = :id").setParameter("id", noticeId).getResultList();
            return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
        });
    }
}
