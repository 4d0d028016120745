package be.koepel.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReferralTest {

    @Test
    void theFirstAcknowledgedPeerIsAssigned() {
        Referral referral = received();
        UUID peer = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-24T21:05:00Z");

        assertThat(referral.assignPeer(peer, at)).isTrue();

        assertThat(referral.status).isEqualTo(ReferralStatus.PEER_ASSIGNED);
        assertThat(referral.assignedVolunteerId).isEqualTo(peer);
        assertThat(referral.assignedAt).isEqualTo(at);
        assertThat(referral.isAssignedTo(peer)).isTrue();
    }

    @Test
    void aLaterAcknowledgementNeitherReplacesThePeerNorMovesTheTime() {
        Referral referral = received();
        UUID first = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-24T21:05:00Z");
        referral.assignPeer(first, at);

        assertThat(referral.assignPeer(UUID.randomUUID(), at.plusSeconds(60))).isFalse();
        assertThat(referral.assignPeer(first, at.plusSeconds(90))).isFalse();

        assertThat(referral.assignedVolunteerId).isEqualTo(first);
        assertThat(referral.assignedAt).isEqualTo(at);
    }

    @Test
    void nobodyIsAssignedBeforeAnAcknowledgement() {
        assertThat(received().isAssignedTo(UUID.randomUUID())).isFalse();
        assertThat(received().isAssignedTo(null)).isFalse();
    }

    private static Referral received() {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.status = ReferralStatus.RECEIVED;
        return referral;
    }
}
