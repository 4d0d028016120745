package be.koepel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bench's own logic, without a network: options, the referral mix, matching pages to referrals. */
class BenchPartsTest {

    @Test
    void theDefaultsAreTheFullMeasuredRunOfIssue8() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.startStack()).isTrue();
        assertThat(options.step()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.erRates()).containsExactly(1, 10, 20, 50);
        assertThat(options.footprintReferrals()).isEqualTo(100_000);
        assertThat(options.escalationPages()).isEqualTo(1000);
        assertThat(options.scenarios()).containsExactly("A", "B", "C", "D");
        assertThat(options.out().toString()).contains("bench/results/");
    }

    @Test
    void optionsAndServiceSettingsAreReadAndUnknownOnesRefused() {
        BenchOptions options = BenchOptions.parse("--step-seconds=5", "--er-rates", "2,4", "--acknowledge-within", "1.5s",
                "--set", "referral-service:koepel.outbox.sweep-interval=200ms", "--stack", "running");

        assertThat(options.step()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.erRates()).containsExactly(2, 4);
        assertThat(options.acknowledgeWithin()).isEqualTo(Duration.ofMillis(1500));
        assertThat(options.serviceConfig()).containsEntry("referral-service", java.util.Map.of("koepel.outbox.sweep-interval", "200ms"));
        assertThat(options.startStack()).isFalse();
        assertThatThrownBy(() -> BenchOptions.parse("--stepseconds", "5")).hasMessageContaining("unknown option");
    }

    @Test
    void everyReferralOfTheMixIsValidJsonAndEveryHospitalReferralHasItsOwnRoom() throws Exception {
        ReferralMix mix = new ReferralMix("1a2b");
        SplittableRandom random = new SplittableRandom(1);
        ObjectMapper json = new ObjectMapper();
        java.util.Set<String> rooms = new java.util.HashSet<>();
        int er = 0;
        for (int i = 0; i < 1000; i++) {
            ReferralMix.ReferralRequest referral = mix.next('A', random);
            var body = json.readTree(referral.body());
            assertThat(body.path("consent").path("contactByPeer").asBoolean()).isTrue();
            if (referral.room() != null) {
                assertThat(rooms.add(referral.room())).isTrue();
                assertThat(referral.room().length()).isLessThanOrEqualTo(50);
            }
            er += referral.er() ? 1 : 0;
        }
        assertThat(er).isBetween(150, 250);
    }

    @Test
    void aPageIsMatchedToItsReferralByTheRoomInTheSmsText() {
        ReferralMix mix = new ReferralMix("00ff");
        ReferralMix.ReferralRequest referral = mix.er('B', new SplittableRandom(2));
        try (SmsGatewaySink sink = SmsGatewaySink.withoutServer()) {
            // the text as notification-service's PageText composes it
            String text = "Koepel spoedoproep: " + referral.organisation().name() + ", Spoedgevallen, kamer "
                    + referral.room() + ". Taal: nl. Ga je? Bevestig: http://localhost:1/a/xyz";
            Instant first = Instant.parse("2026-11-24T20:00:00Z");
            sink.record("+32470555100", text, first, 1);
            sink.record("+32470999000", "Koepel: no peer answered, something else", first, 2);
            sink.record("+32470555101", text, first.plusSeconds(3), 3);

            assertThat(sink.arrivals(referral.room())).hasSize(2);
            assertThat(sink.unmatched()).isEqualTo(1);
            assertThat(EscalationTimeliness.secondPage(sink.arrivals(referral.room())))
                    .hasValueSatisfying(a -> assertThat(a.to()).isEqualTo("+32470555101"));
            assertThat(EscalationTimeliness.secondPage(List.of(sink.arrivals(referral.room()).get(0)))).isEmpty();
        }
    }
}
