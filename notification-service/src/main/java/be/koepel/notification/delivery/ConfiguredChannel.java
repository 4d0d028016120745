package be.koepel.notification.delivery;

import be.koepel.notification.paging.PagingConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The channel pages and coordinator alerts go out on, as {@code koepel.paging.channel} says. */
@ApplicationScoped
public class ConfiguredChannel {

    private final PageChannel channel;

    public ConfiguredChannel(PagingConfig config, SmsGateway sms, LogChannel log) {
        this.channel = switch (config.channel()) {
            case "sms" -> sms;
            case "log" -> log;
            default -> throw new IllegalStateException("koepel.paging.channel must be sms or log, not " + config.channel());
        };
    }

    public PageChannel get() {
        return channel;
    }
}
