package be.koepel.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.koepel.notification.delivery.SmsTemplate.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic gateway's body: placeholders filled in, each value escaped for the content type. */
class SmsTemplateTest {

    private static final String KEY = "koepel.sms.generic.body-template";
    private static final String AWKWARD = "Zeg \"ja\" \\ of nee\nKamer 7\t& co = 100% \u0001é";

    @Test
    void aJsonTemplateGetsEachValueEscapedInsideTheQuotesItWrites() throws Exception {
        SmsTemplate template = SmsTemplate.parse(
                "{\"messages\":[{\"to\":\"${to}\",\"body\":\"${text}\",\"sender\":\"${from}\"}]}", ContentType.JSON, KEY);

        String body = template.render(Map.of("to", "+32470123456", "text", AWKWARD, "from", "Koepel"));

        assertThat(body).isEqualTo("{\"messages\":[{\"to\":\"+32470123456\",\"body\":"
                + "\"Zeg \\\"ja\\\" \\\\ of nee\\nKamer 7\\t& co = 100% \\u0001é\",\"sender\":\"Koepel\"}]}");
        JsonNode parsed = new ObjectMapper().readTree(body);
        assertThat(parsed.at("/messages/0/body").asText()).isEqualTo(AWKWARD);
    }

    @Test
    void aFormTemplateGetsEachValueUrlEncoded() {
        SmsTemplate template = SmsTemplate.parse("To=${to}&Body=${text}&From=${from}", ContentType.FORM, KEY);

        String body = template.render(Map.of("to", "+32470123456", "text", "Box 7 & co = 100%", "from", "Koepel"));

        assertThat(body).isEqualTo("To=%2B32470123456&Body=Box+7+%26+co+%3D+100%25&From=Koepel");
    }

    @Test
    void withoutATemplateTheToAndTextFieldsMakeTheBodyAsBefore() {
        assertThat(SmsTemplate.fields(ContentType.JSON, "recipient", "message")
                .render(Map.of("to", "+32470123456", "text", "hallo \"jij\"")))
                .isEqualTo("{\"recipient\":\"+32470123456\",\"message\":\"hallo \\\"jij\\\"\"}");
        assertThat(SmsTemplate.fields(ContentType.FORM, "to", "text")
                .render(Map.of("to", "+32470123456", "text", "hallo jij")))
                .isEqualTo("to=%2B32470123456&text=hallo+jij");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheKeyAndThePlaceholder() {
        assertThatThrownBy(() -> SmsTemplate.parse("{\"to\":\"${phone}\",\"text\":\"${text}\"}", ContentType.JSON, KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(KEY).hasMessageContaining("${phone}");
    }

    @Test
    void aTemplateWithoutTheTextOrTheNumberOrWithAnUnclosedPlaceholderIsRefused() {
        assertThatThrownBy(() -> SmsTemplate.parse("{\"to\":\"${to}\"}", ContentType.JSON, KEY))
                .hasMessageContaining(KEY).hasMessageContaining("${text}");
        assertThatThrownBy(() -> SmsTemplate.parse("{\"text\":\"${text}\"}", ContentType.JSON, KEY))
                .hasMessageContaining(KEY).hasMessageContaining("${to}");
        assertThatThrownBy(() -> SmsTemplate.parse("to=${to}&text=${text", ContentType.FORM, KEY))
                .hasMessageContaining(KEY).hasMessageContaining("not closed");
    }

    @Test
    void anUnknownContentTypeIsRefusedNamingTheKey() {
        assertThat(SmsTemplate.ContentType.parse("Form", "k")).isEqualTo(ContentType.FORM);
        assertThatThrownBy(() -> SmsTemplate.ContentType.parse("xml", "koepel.sms.generic.content-type"))
                .hasMessageContaining("koepel.sms.generic.content-type").hasMessageContaining("xml");
    }
}
