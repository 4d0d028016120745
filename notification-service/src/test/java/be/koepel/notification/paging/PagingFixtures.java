package be.koepel.notification.paging;

import be.koepel.contracts.EventTypes;
import be.koepel.contracts.Topics;
import be.koepel.contracts.matching.PeerCandidate;
import be.koepel.contracts.matching.MatchFactor;
import be.koepel.contracts.matching.PeerCandidatesProposed;
import be.koepel.contracts.matching.PeerCandidatesProposedV2;
import be.koepel.contracts.matching.ScoredPeerCandidate;
import be.koepel.contracts.referral.ErLocation;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.contracts.referral.ReferrerCallBack;
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
public final class PagingFixtures {

    private static final AtomicInteger PHONE = new AtomicInteger(100000);

    public record Volunteer(UUID id, String phone) {
    }

    private final KafkaTestClient kafka;
    private final CloudEventCodec codec;

    public PagingFixtures(KafkaTestClient kafka, CloudEventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** A registered volunteer with a phone number of their own, once notification-service knows them. */
    public Volunteer volunteer() {
        Volunteer volunteer = stranger();
        register(volunteer);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recipient.findById(volunteer.id()) != null));
        return volunteer;
    }

    /** A registered volunteer who left no address on any channel: a page to them cannot be delivered. */
    public Volunteer unreachableVolunteer() {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), null);
        VolunteerRegistered registered = new VolunteerRegistered(volunteer.id(), "Peer without address",
                List.of(), Instant.now());
        kafka.send(Topics.VOLUNTEER_EVENTS, volunteer.id().toString(), codec.encode(codec.wrap(
                "koepel/volunteer-service", EventTypes.VOLUNTEER_REGISTERED, volunteer.id().toString(), registered)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recipient.findById(volunteer.id()) != null));
        return volunteer;
    }

    /** A registered volunteer with an e-mail address, and a phone number unless {@code withPhone} is false. */
    public Volunteer volunteerWithEmail(boolean withPhone) {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), withPhone ? "+32470" + PHONE.incrementAndGet() : null);
        List<ContactChannel> channels = new ArrayList<>();
        if (withPhone) {
            channels.add(new ContactChannel(ContactChannel.SMS, volunteer.phone(), 0));
        }
        channels.add(new ContactChannel(ContactChannel.EMAIL, emailOf(volunteer), 1));
        send(Topics.VOLUNTEER_EVENTS, "koepel/volunteer-service", EventTypes.VOLUNTEER_REGISTERED,
                volunteer.id().toString(), new VolunteerRegistered(volunteer.id(), "Peer " + volunteer.id(), channels,
                        Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recipient.findById(volunteer.id()) != null));
        return volunteer;
    }

    /** A registered volunteer reachable only on a webhook of their own. */
    public Volunteer volunteerWithWebhook(String url) {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), null);
        send(Topics.VOLUNTEER_EVENTS, "koepel/volunteer-service", EventTypes.VOLUNTEER_REGISTERED,
                volunteer.id().toString(), new VolunteerRegistered(volunteer.id(), "Peer " + volunteer.id(),
                        List.of(new ContactChannel(ContactChannel.WEBHOOK, url, 0)), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recipient.findById(volunteer.id()) != null));
        return volunteer;
    }

    /** A registered volunteer with these contact methods; {@code phone} is the SMS number among them, if any. */
    public Volunteer volunteerWith(String phone, List<ContactChannel> channels) {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), phone);
        send(Topics.VOLUNTEER_EVENTS, "koepel/volunteer-service", EventTypes.VOLUNTEER_REGISTERED,
                volunteer.id().toString(), new VolunteerRegistered(volunteer.id(), "Peer " + volunteer.id(), channels,
                        Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recipient.findById(volunteer.id()) != null));
        return volunteer;
    }

    /** A phone number no other test uses. */
    public static String newPhone() {
        return "+32470" + PHONE.incrementAndGet();
    }

    public static String emailOf(Volunteer volunteer) {
        return volunteer.id() + "@peers.example";
    }

    /** referral-service announces an urgent ER referral at a hospital. */
    public void referralReceived(UUID referralId, String hospitalId, String room) {
        ReferralReceived received = new ReferralReceived(referralId, "ER", ReferralReceived.URGENT,
                new ReferringOrganisation(hospitalId, "AZ Safety " + hospitalId, "HOSPITAL"),
                new ErLocation("Spoedgevallen", room), "fr", Instant.now());
        kafka.send(Topics.REFERRAL_EVENTS, referralId.toString(), codec.encode(codec.wrap(
                "koepel/referral-service", EventTypes.REFERRAL_RECEIVED, referralId.toString(), received)));
    }

    /** An ER proposal for a new referral at AZ Turnhout, as a CloudEvent ready to send. */
    public String proposal(UUID referralId, Volunteer... candidates) {
        return proposal(referralId, "az-turnhout", candidates);
    }

    /** An ER proposal at a hospital of its own, so that a test's escalation policy touches no other test. */
    public String proposal(UUID referralId, String hospitalId, Volunteer... candidates) {
        List<PeerCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            ranked.add(new PeerCandidate(candidates[i].id(), i + 1, List.of("on call for AZ Turnhout")));
        }
        PeerCandidatesProposed proposal = new PeerCandidatesProposed(referralId, "URGENT",
                new ReferringOrganisation(hospitalId, "AZ Turnhout", "HOSPITAL"),
                new ErLocation("Spoedgevallen", "Box 4"), "nl", ranked, Instant.now());
        return codec.encode(codec.wrap("koepel/volunteer-service", EventTypes.PEER_CANDIDATES_PROPOSED,
                referralId.toString(), proposal));
    }

    /** A ranked v2 proposal; {@code callBack} may be null. */
    public String proposalV2(UUID referralId, String urgency, String hospitalId, ReferrerCallBack callBack,
            Volunteer... candidates) {
        List<ScoredPeerCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            ranked.add(new ScoredPeerCandidate(candidates[i].id(), i + 1, ScoredPeerCandidate.ON_CALL, 1.0 - i * 0.1,
                    List.of(new MatchFactor("LANGUAGE", 1.0, 1.0, 1.0, "speaks nl, as the person does"))));
        }
        PeerCandidatesProposedV2 proposal = new PeerCandidatesProposedV2(referralId, urgency, "ER",
                new ReferringOrganisation(hospitalId, "AZ Herentals", "HOSPITAL"),
                new ErLocation("Spoedgevallen", "Box 2"), "nl", callBack, ranked, null, Instant.now());
        return codec.encode(codec.wrap("koepel/volunteer-service", EventTypes.PEER_CANDIDATES_PROPOSED_V2,
                referralId.toString(), proposal));
    }

    public void proposeV2(UUID referralId, String hospitalId, ReferrerCallBack callBack, Volunteer... candidates) {
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(),
                proposalV2(referralId, ReferralReceived.URGENT, hospitalId, callBack, candidates));
    }

    /** Any event, as a producing service would send it: keyed and with the subject {@code key}. */
    public void send(String topic, String source, String type, String key, Object data) {
        kafka.send(topic, key, codec.encode(codec.wrap(source, type, key, data)));
    }

    /** A volunteer that notification-service has never heard of. */
    public Volunteer stranger() {
        return new Volunteer(UUID.randomUUID(), "+32470" + PHONE.incrementAndGet());
    }

    /** Registers a volunteer made with {@link #stranger()}, late, as after a restart. */
    public void register(Volunteer volunteer) {
        VolunteerRegistered registered = new VolunteerRegistered(volunteer.id(), "Peer " + volunteer.phone(),
                List.of(new ContactChannel(ContactChannel.SMS, volunteer.phone(), 0)), Instant.now());
        send(Topics.VOLUNTEER_EVENTS, "koepel/volunteer-service", EventTypes.VOLUNTEER_REGISTERED,
                volunteer.id().toString(), registered);
    }

    public void propose(UUID referralId, Volunteer... candidates) {
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), proposal(referralId, candidates));
    }

    public void propose(UUID referralId, String hospitalId, Volunteer... candidates) {
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), proposal(referralId, hospitalId, candidates));
    }
}
