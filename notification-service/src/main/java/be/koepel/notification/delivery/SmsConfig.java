package be.koepel.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "koepel.sms")
public interface SmsConfig {

    /**
     * {@code generic}: a JSON POST to {@link #gatewayUrl()} ({@code {"to": "+32…", "text": "…"}}, field
     * names configurable); {@code twilio}: Twilio's Messages API.
     */
    @WithDefault("generic")
    String mapping();

    /**
     * The gateway's send endpoint (generic); for Twilio the API's base address, by default
     * {@code https://api.twilio.com}.
     */
    Optional<String> gatewayUrl();

    /**
     * Sent as a bearer token (generic), when {@code koepel.sms.generic.auth} is unset or {@code bearer}
     * without its own token: the key of deployments from before the generic auth settings.
     */
    Optional<String> apiKey();

    /** The request and answer of the generic mapping. */
    Generic generic();

    /** Twilio's account and sender. */
    Twilio twilio();

    /** Shared with the gateway: its inbound webhook signs each SMS reply with it (HMAC-SHA256). */
    Optional<String> inboundSecret();

    @WithDefault("5s")
    Duration timeout();

    interface Generic {

        /** The JSON (or form) field of the number, when there is no body template. */
        @WithDefault("to")
        String toField();

        /** The JSON (or form) field of the text, when there is no body template. */
        @WithDefault("text")
        String textField();

        /** The top-level field of the gateway's JSON answer that names the message, for delivery receipts. */
        @WithDefault("id")
        String idField();

        /**
         * Where the answer names the message when it is not a top-level field: a JSON pointer (RFC
         * 6901) such as {@code /messages/0/id}; takes precedence over {@link #idField()}.
         */
        Optional<String> idPointer();

        /**
         * The request body with the placeholders {@code ${to}}, {@code ${text}} and {@code ${from}},
         * e.g. {@code {"messages":[{"to":"${to}","body":"${text}","sender":"${from}"}]}}; values are
         * escaped for the content type. Without it: the to-field and text-field, nothing else.
         */
        Optional<String> bodyTemplate();

        /** {@code json} (values JSON-string-escaped) or {@code form} (URL-encoded). */
        @WithDefault("json")
        String contentType();

        /** The sender, for {@code ${from}}: a number in E.164 or an alphanumeric sender id. */
        Optional<String> from();

        /**
         * {@code none}, {@code bearer} (bearer-token, else koepel.sms.api-key), {@code basic}
         * (basic-user, basic-password) or {@code header} (header-name: header-value). Unset: bearer
         * when koepel.sms.api-key is set, else none.
         */
        Optional<String> auth();

        Optional<String> bearerToken();

        Optional<String> basicUser();

        Optional<String> basicPassword();

        /** A header of the gateway's own, e.g. {@code X-Api-Key}. */
        Optional<String> headerName();

        Optional<String> headerValue();
    }

    interface Twilio {

        /** The account SID (AC…); with the auth token, the HTTP basic credentials. */
        Optional<String> accountSid();

        Optional<String> authToken();

        /** The sender: a Twilio number in E.164 or an alphanumeric sender id. */
        Optional<String> from();
    }
}
