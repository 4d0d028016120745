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

    /** Sent as a bearer token, when the gateway wants one (generic). */
    Optional<String> apiKey();

    /** The JSON field names of the generic mapping. */
    Generic generic();

    /** Twilio's account and sender. */
    Twilio twilio();

    /** Shared with the gateway: its inbound webhook signs each SMS reply with it (HMAC-SHA256). */
    Optional<String> inboundSecret();

    @WithDefault("5s")
    Duration timeout();

    interface Generic {

        @WithDefault("to")
        String toField();

        @WithDefault("text")
        String textField();

        /** Where the gateway's answer names the message, for delivery receipts. */
        @WithDefault("id")
        String idField();
    }

    interface Twilio {

        /** The account SID (AC…); with the auth token, the HTTP basic credentials. */
        Optional<String> accountSid();

        Optional<String> authToken();

        /** The sender: a Twilio number in E.164 or an alphanumeric sender id. */
        Optional<String> from();
    }
}
