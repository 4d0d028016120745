package be.koepel.notification.delivery;

import be.koepel.contracts.volunteer.ContactChannel;
import be.koepel.notification.paging.PagingConfig;
import be.koepel.notification.push.Vapid;
import be.koepel.notification.recipient.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The channels messages go out on, as {@code koepel.paging.channel} lists them ({@code sms},
 * {@code email}, {@code webhook}, {@code webpush}, {@code log}). Web push carries pages only: alerts go
 * to coordinators, who register no browsers, and notices wait for quiet hours, which a phone's own
 * settings serve better by SMS or e-mail. A page goes out on the volunteer's contact methods one
 * by one ({@link #sendTo}, {@link ContactMethodDispatcher}); an alert or notice goes to every listed
 * channel the recipient has an address for ({@link #channelsFor}, {@link #sendOn}), each channel on
 * its own: {@link EveryChannel} keeps which ones took it, so that a retry goes out only where it failed.
 */
@ApplicationScoped
public class ConfiguredChannel {

    private record Named(String name, PageChannel channel) {
    }

    /** A page's contact method on the development log, when {@code log} is configured. */
    public static final String LOG_METHOD = "LOG";

    /** The configured name of web push. */
    public static final String WEB_PUSH = "webpush";

    private final List<Named> channels = new ArrayList<>();
    private final SmsGateway sms;
    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final WebPushChannel webPush;
    private final LogChannel log;

    public ConfiguredChannel(PagingConfig config, SmsGateway sms, EmailChannel email, WebhookChannel webhook,
            WebPushChannel webPush, Vapid vapid, LogChannel log) {
        this.sms = sms;
        this.email = email;
        this.webhook = webhook;
        this.webPush = webPush;
        this.log = log;
        for (String name : config.channel().split(",")) {
            channels.add(switch (name.trim()) {
                case "sms" -> new Named("sms", sms);
                case "email" -> new Named("email", email);
                case "webhook" -> new Named("webhook", webhook);
                case WEB_PUSH -> new Named(WEB_PUSH, (recipient, text) -> {
                    throw new DeliveryFailed("web push carries pages only");
                });
                case "log" -> new Named("log", log);
                default -> throw new IllegalStateException(
                        "koepel.paging.channel lists sms, email, webhook, webpush or log, not " + name.trim());
            });
        }
        if (nameOf(ContactChannel.WEB_PUSH).isPresent() && !vapid.enabled()) {
            throw new IllegalStateException("koepel.paging.channel lists webpush, but koepel.webpush.enabled is false");
        }
    }

    /**
     * The name of a contact method's channel (SMS, EMAIL, WEBHOOK, WEB_PUSH, LOG) in configuration,
     * metrics and the timeline: sms, email, webhook, webpush, log.
     */
    public static String nameFor(String method) {
        return method == null ? "" : method.toLowerCase(Locale.ROOT).replace("_", "");
    }

    /**
     * The configured name ({@code sms}, {@code email}, {@code webhook}, {@code webpush}, {@code log})
     * of a contact method's channel (SMS, EMAIL, WEBHOOK, WEB_PUSH, LOG), if it is configured.
     */
    public Optional<String> nameOf(String method) {
        String name = nameFor(method);
        return channels.stream().map(Named::name).filter(name::equals).findFirst();
    }

    /** Development: every page also goes to the log. */
    public boolean logs() {
        return nameOf(LOG_METHOD).isPresent();
    }

    /**
     * One page on one contact method: the method's channel to the method's address (for web push the
     * volunteer's id: all their browsers). The answer link is in the text; web push also hands it to
     * the browser apart, for the notification's click.
     */
    public Optional<String> sendTo(String method, String address, Recipient recipient, String text, String answerLink)
            throws DeliveryFailed {
        String name = nameOf(method).orElseThrow(() -> new DeliveryFailed(method + " is not a configured channel"));
        return switch (name) {
            case "sms" -> sms.sendTo(address, text);
            case "email" -> email.sendTo(address, text);
            case "webhook" -> webhook.sendTo(address, text);
            case WEB_PUSH -> webPush.sendTo(UUID.fromString(address), text, answerLink);
            default -> log.deliver(recipient, text);
        };
    }

    /**
     * The configured channels, in their configured order, that this recipient has an address for:
     * where an alert or notice to them goes.
     */
    public List<String> channelsFor(Recipient recipient) {
        return channels.stream().map(Named::name).filter(name -> reachable(name, recipient)).toList();
    }

    /**
     * An alert or notice on one configured channel ({@link #channelsFor}).
     *
     * @return the SMS gateway's message id when the SMS went out, for its delivery receipts
     */
    public Optional<String> sendOn(String name, Recipient recipient, String text) throws DeliveryFailed {
        Named named = channels.stream().filter(channel -> channel.name().equals(name)).findFirst()
                .orElseThrow(() -> new DeliveryFailed(name + " is not a configured channel"));
        return named.channel().deliver(recipient, text);
    }

    private static boolean reachable(String channel, Recipient recipient) {
        return switch (channel) {
            case "sms" -> recipient.smsNumber != null;
            case "email" -> recipient.email != null;
            case "webhook" -> recipient.webhookUrl != null;
            case WEB_PUSH -> false; // pages only, see above
            default -> true;
        };
    }

    /** The configured channels, comma separated, as koepel.paging.channel lists them. */
    public String names() {
        return String.join(",", channels.stream().map(Named::name).toList());
    }
}
