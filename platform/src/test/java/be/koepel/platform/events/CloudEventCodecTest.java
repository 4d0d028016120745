package be.koepel.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    record Greeting(UUID id, String text) {
    }

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final CloudEventCodec codec = new CloudEventCodec(mapper,
            Clock.fixed(Instant.parse("2026-11-24T21:00:00Z"), ZoneOffset.UTC));

    @Test
    void anEventSurvivesTheTripThroughJsonWithItsEnvelopeAndData() {
        UUID id = UUID.randomUUID();
        CloudEvent event = codec.wrap("koepel/test", "greeting.sent.v1", id.toString(), new Greeting(id, "hallo"));

        CloudEvent read = codec.decode(codec.encode(event));

        assertThat(read.specversion()).isEqualTo("1.0");
        assertThat(read.id()).isEqualTo(event.id());
        assertThat(read.subject()).isEqualTo(id.toString());
        assertThat(read.time().toInstant()).isEqualTo(Instant.parse("2026-11-24T21:00:00Z"));
        assertThat(codec.data(read, Greeting.class)).isEqualTo(new Greeting(id, "hallo"));
    }

    @Test
    void everyEventGetsItsOwnId() {
        assertThat(codec.wrap("s", "t.x.v1", "1", new Greeting(null, "a")).id())
                .isNotEqualTo(codec.wrap("s", "t.x.v1", "1", new Greeting(null, "a")).id());
    }

    @Test
    void whatIsNotACloudEventIsMalformedAndNeverRetried() {
        assertThatThrownBy(() -> codec.decode("")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"specversion\":\"0.3\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("specversion");
        assertThatThrownBy(() -> codec.decode("""
                {"specversion":"1.0","id":"42","source":"s","type":"t","subject":"x","data":{}}"""))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> codec.decode("""
                {"specversion":"1.0","id":"%s","source":"s","type":"t","subject":"x","data":"text"}"""
                .formatted(UUID.randomUUID())))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("data");
    }

    @Test
    void dataOfTheWrongShapeIsMalformed() {
        CloudEvent event = codec.decode("""
                {"specversion":"1.0","id":"%s","source":"s","type":"t","subject":"x","data":{"id":"not-a-uuid"}}"""
                .formatted(UUID.randomUUID()));
        assertThatThrownBy(() -> codec.data(event, Greeting.class)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("Greeting");
    }
}
