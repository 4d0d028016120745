package be.koepel.notification.delivery;

import java.time.Duration;
import java.util.Optional;

/** {@link SmsConfig} for tests without Quarkus: the defaults of the mapping, changed one setting at a time. */
final class SmsSettings implements SmsConfig {

    String mapping = "generic";
    String gatewayUrl;
    String apiKey;
    String toField = "to";
    String textField = "text";
    String idField = "id";
    String idPointer;
    String bodyTemplate;
    String contentType = "json";
    String from;
    String auth;
    String bearerToken;
    String basicUser;
    String basicPassword;
    String headerName;
    String headerValue;
    String accountSid;
    String authToken;
    String twilioFrom;

    static SmsSettings generic(String url) {
        SmsSettings settings = new SmsSettings();
        settings.gatewayUrl = url;
        return settings;
    }

    SmsGateway gateway() {
        return new SmsGateway(this, new com.fasterxml.jackson.databind.ObjectMapper());
    }

    @Override
    public String mapping() {
        return mapping;
    }

    @Override
    public Optional<String> gatewayUrl() {
        return Optional.ofNullable(gatewayUrl);
    }

    @Override
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    @Override
    public Generic generic() {
        return new Generic() {
            public String toField() {
                return toField;
            }

            public String textField() {
                return textField;
            }

            public String idField() {
                return idField;
            }

            public Optional<String> idPointer() {
                return Optional.ofNullable(idPointer);
            }

            public Optional<String> bodyTemplate() {
                return Optional.ofNullable(bodyTemplate);
            }

            public String contentType() {
                return contentType;
            }

            public Optional<String> from() {
                return Optional.ofNullable(from);
            }

            public Optional<String> auth() {
                return Optional.ofNullable(auth);
            }

            public Optional<String> bearerToken() {
                return Optional.ofNullable(bearerToken);
            }

            public Optional<String> basicUser() {
                return Optional.ofNullable(basicUser);
            }

            public Optional<String> basicPassword() {
                return Optional.ofNullable(basicPassword);
            }

            public Optional<String> headerName() {
                return Optional.ofNullable(headerName);
            }

            public Optional<String> headerValue() {
                return Optional.ofNullable(headerValue);
            }
        };
    }

    @Override
    public Twilio twilio() {
        return new Twilio() {
            public Optional<String> accountSid() {
                return Optional.ofNullable(accountSid);
            }

            public Optional<String> authToken() {
                return Optional.ofNullable(authToken);
            }

            public Optional<String> from() {
                return Optional.ofNullable(twilioFrom);
            }
        };
    }

    @Override
    public Optional<String> inboundSecret() {
        return Optional.empty();
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(5);
    }
}
