package be.koepel.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An HTTP SMS gateway that accepts every message, as the real one would, and remembers what it
 * received. Reachable from other processes too, so the system test's services can use it.
 */
public final class SmsGatewayStub implements AutoCloseable {

    public static final String PATH = "/sms";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One text as the gateway received it. */
    public record Sms(String to, String text) {
    }

    private final WireMockServer server;
    private final WireMock client;

    private SmsGatewayStub(WireMockServer server) {
        this.server = server;
        this.client = new WireMock("localhost", server.port());
    }

    public static SmsGatewayStub start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"queued\"}")));
        return new SmsGatewayStub(server);
    }

    /** Connects to a stub that runs in this JVM but was started elsewhere (e.g. by a test resource). */
    public static SmsGatewayStub connect(String url) {
        return new SmsGatewayStub(null, java.net.URI.create(url).getPort());
    }

    private SmsGatewayStub(WireMockServer server, int port) {
        this.server = server;
        this.client = new WireMock("localhost", port);
    }

    public String url() {
        return server.baseUrl() + PATH;
    }

    /** Every text received so far, oldest first. */
    public List<Sms> received() {
        return client.find(postRequestedFor(urlEqualTo(PATH))).stream()
                .map(request -> {
                    try {
                        JsonNode body = MAPPER.readTree(request.getBodyAsString());
                        return new Sms(body.path("to").asText(), body.path("text").asText());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }

    public List<Sms> receivedBy(String phoneNumber) {
        return received().stream().filter(sms -> sms.to().equals(phoneNumber)).toList();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
