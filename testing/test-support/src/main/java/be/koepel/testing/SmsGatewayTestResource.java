package be.koepel.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts an {@link SmsGatewayStub} and points {@code koepel.sms.gateway-url} at it. */
public class SmsGatewayTestResource implements QuarkusTestResourceLifecycleManager {

    private SmsGatewayStub stub;

    @Override
    public Map<String, String> start() {
        stub = SmsGatewayStub.start();
        return Map.of("koepel.sms.gateway-url", stub.url());
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
