package be.koepel.notification.safetynet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.koepel.contracts.referral.ReferrerCallBack;
import be.koepel.notification.ServiceTestBase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When nobody said "I'm going", the hospital that referred hears it, not only the coordinator. */
@QuarkusTest
class CallBackTest extends ServiceTestBase {

    /** %test.koepel.paging.acknowledge-within is 8 s: one candidate, one step, well past it. */
    static final Duration PAST_DUE = Duration.ofSeconds(30);

    @Test
    void anExhaustedEscalationTellsTheHospitalsCallBackContactOnceWithoutNamesAndTheCoordinatorKnowsIt() {
        var peer = fixtures.volunteer();
        String callBackPhone = fixtures.stranger().phone();
        UUID referralId = UUID.randomUUID();

        fixtures.proposeV2(referralId, "az-herentals", new ReferrerCallBack("ER nurse", callBackPhone), peer);

        await().atMost(PAST_DUE).until(() -> sms.receivedBy(callBackPhone).size() == 1);
        String told = sms.receivedBy(callBackPhone).get(0).text();
        assertThat(told).contains(referralId.toString(), "AZ Herentals", "Spoedgevallen", "kamer Box 2",
                "coördinator van wacht is verwittigd");
        assertThat(told).doesNotContain("Peer", peer.phone(), "/a/");
        await().atMost(PAST_DUE).until(() -> textsTo(coordinatorPhone, referralId).size() == 1);
        assertThat(textsTo(coordinatorPhone, referralId).get(0)).contains("niemand bevestigde", "De spoed kreeg een sms");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> sms.receivedBy(callBackPhone).size() == 1 && textsTo(coordinatorPhone, referralId).size() == 1);
    }

    @Test
    void withoutACallBackContactTheCoordinatorIsToldToCallTheEmergencyDepartmentThemselves() {
        var peer = fixtures.volunteer();
        UUID referralId = UUID.randomUUID();

        fixtures.proposeV2(referralId, "az-herentals", null, peer);

        await().atMost(PAST_DUE).until(() -> textsTo(coordinatorPhone, referralId).size() == 1);
        assertThat(textsTo(coordinatorPhone, referralId).get(0)).contains("niemand bevestigde", "geen terugbelnummer");
    }
}
