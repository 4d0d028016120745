package be.koepel.notification.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.contracts.Topics;
import be.koepel.contracts.referral.ReferralReceived;
import be.koepel.notification.ServiceTestBase;
import be.koepel.testing.EventSchemas;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** volunteer-service now proposes with peer-candidates.proposed.v2; v1 events may still be on the topic. */
@QuarkusTest
class ProposalV2Test extends ServiceTestBase {

    @Test
    void anUrgentV2ProposalPagesTheFirstRankedCandidate() {
        var first = fixtures.volunteer();
        var second = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        String proposal = fixtures.proposalV2(referralId, ReferralReceived.URGENT, "az-herentals", null, first, second);
        EventSchemas.assertConforms(proposal);

        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), proposal);

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(first.phone()).size() == 1);
        assertThat(sms.receivedBy(first.phone()).get(0).text()).contains("AZ Herentals", "Spoedgevallen", "Box 2", "/a/");
        assertThat(sms.receivedBy(second.phone())).isEmpty();
    }

    @Test
    void v1AndV2ProposalsAndTheirRedeliveriesForOneReferralMakeOneEscalationAndOnePage() {
        var peer = fixtures.volunteer();
        var other = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();
        String v1 = fixtures.proposal(referralId, peer);
        String v2 = fixtures.proposalV2(referralId, ReferralReceived.URGENT, "az-herentals", null, other);
        String v2Again = fixtures.proposalV2(referralId, ReferralReceived.URGENT, "az-herentals", null, other);

        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), v1);
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), v2);
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), v2);
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), v2Again);
        awaitProcessed(PagingStarter.CONSUMER, v2Again);

        await().atMost(Duration.ofSeconds(30)).until(() -> sms.receivedBy(peer.phone()).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(peer.phone()).size() == 1 && sms.receivedBy(other.phone()).isEmpty());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Escalation.count("referralId", referralId))).isEqualTo(1);
    }

    @Test
    void aRoutineProposalPagesNobody() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();

        String routine = fixtures.proposalV2(referralId, ReferralReceived.ROUTINE, "az-herentals", null, peer);
        kafka.send(Topics.MATCHING_EVENTS, referralId.toString(), routine);
        awaitProcessed(PagingStarter.CONSUMER, routine);

        assertThat(sms.receivedBy(peer.phone())).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Escalation.count("referralId", referralId))).isZero();
    }

    @Test
    void anEmptyUrgentV2ProposalGoesToTheCoordinatorOnDuty() {
        UUID referralId = UUID.randomUUID();

        fixtures.proposeV2(referralId, "az-herentals", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> textsTo(coordinatorPhone, referralId).size() == 1);
        assertThat(textsTo(coordinatorPhone, referralId).get(0)).contains("geen ervaringsdrager", "AZ Herentals");
    }
}
