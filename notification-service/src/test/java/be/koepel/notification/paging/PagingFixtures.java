package be.koepel.notification.paging;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.matching.PeerCandidate;
import be.koepel.contracts.matching.PeerCandidatesProposed;
import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferringOrganisation;
import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.contracts.volunteer.VolunteerRegistered;
import be.koepel.notification.recipient.Recipient;
import be.koepel.platform.events.CloudEventCodec;
import be.koepel.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import static org.awaitility.Awaitility.await;

/** Feeds notification-service the events it would get from volunteer-service, over the real broker. */
final class PagingFixtures {

    private static final AtomicInteger PHONE = new AtomicInteger(100000);

    record Volunteer(UUID id, String phone) {
    }

    private final KafkaTestClient kafka;
    private final CloudEventCodec codec;

    PagingFixtures(KafkaTestClient kafka, CloudEventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** A registered volunteer with a phone number of their own, once notification-service knows them. */
    Volunteer volunteer() {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), "+32470" + PHONE.incrementAndGet());
        VolunteerRegistered registered = new VolunteerRegistered(volunteer.id(), "Peer " + volunteer.phone(),
                List.of(new ContactChannel(ContactChannel.SMS, volunteer.phone(), 0)), Instant.now());
        kafka.send(Topics.VOLUNTEER_EVENTS, volunteer.id().toString(), codec.encode(codec.wrap(
                "koepel/volunteer-service", EventTypes.VOLUNTEER_REGISTERED, volunteer.id().toString(), registered)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recipient.findById(volunteer.id()) != null));
        return volunteer;
    }

    /** An ER proposal for a new referral at AZ Turnhout, as a CloudEvent ready to send. */
    String proposal(UUID referralId, Volunteer... candidates) {
        List<PeerCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            ranked.add(new PeerCandidate(candidates[i].id(), i + 1, List.of("on call for AZ Turnhout")));
        }
        PeerCandidatesProposed proposal = new PeerCandidatesProposed(referralId, "URGENT",
                new ReferringOrganisation("az-turnhout", "AZ Turnhout", "HOSPITAL"),
                new ErLocation("Spoedgevallen", "Box 4"), "nl", ranked, Instant.now());
        return codec.encode(codec.wrap("koepel/volunteer-service", EventTypes.PEER_CANDIDATES_PROPOSED,
                referralId.toString(), proposal));
    }

    void propose(UUID referralId, Volunteer... candidates) {
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), proposal(referralId, candidates));
    }
}
