package be.koepel.notification;

import be.koepel.notification.paging.PagingFixtures;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.KafkaTestClient;
import be.koepel.testing.SmsGatewayStub;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every test of the running service needs: the real broker to feed it events, the SMS
 * gateway stub to see what went out, and the fixtures. One Quarkus profile for them all.
 */
public abstract class ServiceTestBase {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    @ConfigProperty(name = "koepel.sms.gateway-url")
    protected String gatewayUrl;

    /** The configured coordinator: who is told while no coordinator duty covers the time. */
    @ConfigProperty(name = "koepel.paging.coordinator-on-duty.phone")
    protected String coordinatorPhone;

    @Inject
    protected CloudEventCodec codec;

    @Inject
    protected EntityManager em;

    protected KafkaTestClient kafka;
    protected SmsGatewayStub sms;
    protected PagingFixtures fixtures;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
        sms = SmsGatewayStub.connect(gatewayUrl);
        fixtures = new PagingFixtures(kafka, codec);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    /** Waits until the service's consumer has processed the event (recorded in its inbox). */
    protected void awaitProcessed(String consumer, String cloudEvent) {
        UUID eventId = UUID.fromString(codec.decode(cloudEvent).id());
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from processed_event where consumer = :consumer and event_id = :id")
                        .setParameter("consumer", consumer).setParameter("id", eventId).getSingleResult()).intValue() == 1));
    }

    /** The value of a metric without tags (the first series of it), as Prometheus scrapes it. */
    public static double metric(String name) {
        String body = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
    }

    /** Texts a phone received that mention {@code marker} (a referral id, a group name, …). */
    protected List<String> textsTo(String phone, String marker) {
        return sms.receivedBy(phone).stream().map(SmsGatewayStub.Sms::text).filter(text -> text.contains(marker)).toList();
    }

    protected List<String> textsTo(String phone, UUID marker) {
        return textsTo(phone, marker.toString());
    }
}
