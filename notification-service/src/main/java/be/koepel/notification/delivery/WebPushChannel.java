package be.koepel.notification.delivery;

import be.koepel.notification.push.PushSubscription;
import be.koepel.notification.push.PushSubscriptions;
import be.koepel.notification.push.Vapid;
import be.koepel.notification.push.WebPushConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A page by Web Push to every browser the volunteer registered (phone and laptop alike): the page
 * text, the same as the SMS and so without the person's name, and its answer links, as JSON,
 * encrypted for each browser (RFC 8291, aes128gcm) and sent with VAPID (RFC 8292) by the interaso
 * webpush library. The page counts as sent when any browser's push service took it.
 *
 * <p>A push service answering 404 or 410 says the subscription is gone: it is deleted, and when no
 * browser is left the method is refused at once ({@link DeliveryRefused}), so the next contact method
 * goes out now. 429, 5xx, another refusal or an unreachable service is a failed attempt, retried with
 * the usual backoff.
 */
@ApplicationScoped
public class WebPushChannel {

    private static final Logger LOG = Logger.getLogger(WebPushChannel.class);
    static final String TITLE = "Koepel spoedoproep";

    private final Vapid vapid;
    private final WebPushConfig config;
    private final PushSubscriptions subscriptions;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final HttpClient http;

    public WebPushChannel(Vapid vapid, WebPushConfig config, PushSubscriptions subscriptions, ObjectMapper mapper,
            Clock clock) {
        this.vapid = vapid;
        this.config = config;
        this.subscriptions = subscriptions;
        this.mapper = mapper;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /**
     * The payload the service worker shows: {@code url} opens the answer page (its buttons answer);
     * a POST to {@code acknowledgeUrl} or {@code declineUrl} answers at once.
     */
    String payload(String text, String answerLink) throws DeliveryFailed {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", TITLE);
        payload.put("body", text);
        payload.put("url", answerLink);
        payload.put("acknowledgeUrl", answerLink);
        payload.put("declineUrl", answerLink + "/decline");
        payload.put("sentAt", clock.instant().toString());
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new DeliveryFailed("could not write the push payload", e);
        }
    }

    /** The page to every browser of this volunteer. */
    public Optional<String> sendTo(UUID volunteerId, String text, String answerLink) throws DeliveryFailed {
        if (!vapid.enabled()) {
            throw new DeliveryRefused("web push is not enabled (koepel.webpush.enabled)");
        }
        List<PushSubscription> browsers = QuarkusTransaction.requiringNew().call(() -> subscriptions.of(volunteerId));
        if (browsers.isEmpty()) {
            throw new DeliveryRefused("no browser of this volunteer takes web push (any more)");
        }
        byte[] payload = payload(text, answerLink).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (PushSubscription browser : browsers) {
            String origin = origin(browser.endpoint);
            int status;
            try {
                status = push(browser, payload);
            } catch (IOException e) {
                failures.add(failed(browser, origin + " unreachable: " + e));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailed("interrupted while sending a push", e);
            } catch (RuntimeException e) {
                // the library could not encrypt for these keys: this browser only
                failures.add(failed(browser, "could not encrypt for it: " + e.getMessage()));
                continue;
            }
            if (status / 100 == 2) {
                sent++;
                bookkeeping(() -> subscriptions.succeeded(browser.id, clock.instant()));
            } else if (status == 404 || status == 410) {
                LOG.infof("Push subscription %s of volunteer %s is gone (%s answered %d); deleted", browser.id,
                        volunteerId, origin, status);
                bookkeeping(() -> subscriptions.delete(browser.id));
            } else {
                failures.add(failed(browser, origin + " answered " + status));
            }
        }
        if (sent > 0) {
            if (!failures.isEmpty()) {
                LOG.warnf("Page pushed to %d of the browsers of volunteer %s: %s", sent, volunteerId,
                        String.join("; ", failures));
            }
            return Optional.empty();
        }
        if (failures.isEmpty()) {
            throw new DeliveryRefused("every push subscription of this volunteer is gone (404/410) and was deleted");
        }
        throw new DeliveryFailed("web push failed: " + String.join("; ", failures));
    }

    private int push(PushSubscription browser, byte[] payload) throws IOException, InterruptedException {
        Base64.Decoder base64url = Base64.getUrlDecoder();
        byte[] body = vapid.webPush().getBody(payload, base64url.decode(browser.p256dh), base64url.decode(browser.auth));
        Map<String, String> headers = vapid.webPush().getHeaders(browser.endpoint, vapid.ttlSeconds(), null, vapid.urgency());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.endpoint))
                .timeout(config.timeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String failed(PushSubscription browser, String reason) {
        bookkeeping(() -> subscriptions.failed(browser.id, clock.instant(), reason));
        return reason;
    }

    /**
     * Notes on a subscription, in their own transaction. A database blip here must not fail a push
     * that went out (it would go out again); a gone subscription not deleted now is deleted next time.
     */
    private static void bookkeeping(Runnable change) {
        try {
            QuarkusTransaction.requiringNew().run(change);
        } catch (RuntimeException e) {
            LOG.warnf("Could not note the outcome of a push: %s", e.toString());
        }
    }

    private static String origin(String endpoint) {
        URI uri = URI.create(endpoint);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
