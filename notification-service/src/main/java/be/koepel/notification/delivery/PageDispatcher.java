package be.koepel.notification.delivery;

import be.koepel.notification.paging.Page;
import be.koepel.notification.paging.Pager;
import be.koepel.notification.paging.PagingConfig;
import be.koepel.notification.recipient.ContactMethod;
import be.koepel.notification.recipient.ContactMethods;
import be.koepel.notification.recipient.Recipient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts the delivery of each new page through the {@link DeliveryWorker}: right after the commit
 * that created it, it fixes the page's contact methods, the volunteer's in their order with their
 * delays, and hands them to the {@link ContactMethodDispatcher}. A page to a volunteer not known
 * yet is retried for as long as the page waits for an answer; the escalation moves on at the step's
 * deadline as usual. A volunteer without any address cannot be paged: retried, then FAILED, which
 * the stuck-page check flags.
 */
@ApplicationScoped
public class PageDispatcher implements DeliveryWorker.Handler {

    private static final Logger LOG = Logger.getLogger(PageDispatcher.class);

    private enum Outcome { PLANNED, NOT_AWAITING, UNKNOWN_RECIPIENT, NO_ADDRESS }

    private record Planned(Outcome outcome, String detail) {
    }

    private final PagingConfig config;
    private final Clock clock;
    private final ConfiguredChannel channels;
    private final ContactMethods contactMethods;
    private final PageDeliveries deliveries;
    private final ContactMethodDispatcher methods;
    private final DeliveryWorker worker;
    private final Counter noAddress;
    private final Counter recipientUnknown;

    public PageDispatcher(EntityManager em, PagingConfig config, Clock clock, ConfiguredChannel channels,
            ContactMethods contactMethods, PageDeliveries deliveries, ContactMethodDispatcher methods,
            MeterRegistry registry) {
        this.noAddress = Counter.builder("koepel.pages.recipient.unreachable")
                .description("Attempts to page a volunteer with no address on any configured channel").register(registry);
        this.recipientUnknown = Counter.builder("koepel.pages.recipient.unknown")
                .description("Delivery attempts of a page to a volunteer not known (yet); retried while the step lasts")
                .register(registry);
        this.config = config;
        this.clock = clock;
        this.channels = channels;
        this.contactMethods = contactMethods;
        this.deliveries = deliveries;
        this.methods = methods;
        this.worker = new DeliveryWorker("page-dispatcher", em, new DeliveryQueue("page"), clock,
                config.dispatchInterval(), config.deliveryConcurrency(), this);
    }

    void start(@Observes StartupEvent startup) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.stop();
    }

    void pageCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pager.PageCreated created) {
        worker.wakeUp();
    }

    @Override
    public void deliver(DeliveryQueue.Claim claim) throws DeliveryFailed {
        Planned planned = QuarkusTransaction.requiringNew().call(() -> plan(claim));
        switch (planned.outcome()) {
            case NOT_AWAITING -> worker.failed(claim.id(), planned.detail());
            case UNKNOWN_RECIPIENT -> throw new RecipientUnknown(planned.detail());
            case NO_ADDRESS -> throw new DeliveryFailed(planned.detail());
            case PLANNED -> methods.wakeUp();
        }
    }

    private Planned plan(DeliveryQueue.Claim claim) {
        Page page = Page.findById(claim.id());
        if (page.status != Page.Status.AWAITING) {
            return new Planned(Outcome.NOT_AWAITING, "not sent: the page was " + page.status + " before delivery");
        }
        Recipient recipient = Recipient.findById(page.volunteerId);
        if (recipient == null) {
            return new Planned(Outcome.UNKNOWN_RECIPIENT, "volunteer " + page.volunteerId + " is not known (yet)");
        }
        List<ContactMethod> planned = new ArrayList<>();
        if (channels.logs()) {
            planned.add(new ContactMethod(-1, ConfiguredChannel.LOG_METHOD, recipient.displayName, 0));
        }
        for (ContactMethod method : contactMethods.of(page.volunteerId)) {
            if (channels.nameOf(method.channel()).isPresent()) {
                planned.add(method);
            } else {
                // still counts towards the delays: the volunteer set them relative to this method
                planned.add(new ContactMethod(method.position(), null, null, method.delaySeconds()));
            }
        }
        if (planned.stream().noneMatch(m -> m.channel() != null)) {
            return new Planned(Outcome.NO_ADDRESS, "no address known for this recipient on " + config.channel());
        }
        deliveries.plan(page.id, page.createdAt, planned, clock.instant());
        return new Planned(Outcome.PLANNED, null);
    }

    @Override
    public Optional<Instant> retryAt(DeliveryQueue.Claim claim, DeliveryFailed failure) {
        Duration backoff = DeliveryQueue.backoff(claim.attempt(), config.deliveryBackoff(), config.maxDeliveryBackoff());
        if (failure instanceof RecipientUnknown) {
            recipientUnknown.increment();
            boolean stillPaging = QuarkusTransaction.requiringNew().call(() -> {
                Page page = Page.findById(claim.id());
                return page.status == Page.Status.AWAITING;
            });
            if (stillPaging) {
                // Their registration may be on its way (a consumer that restarted is catching up): never drop the page.
                LOG.warnf("Page %s (attempt %d): %s; retrying in %s while the step lasts", claim.id(), claim.attempt(),
                        failure.getMessage(), backoff);
                return Optional.of(clock.instant().plus(backoff));
            }
            LOG.errorf("Page %s: %s until its step ended; the escalation went on", claim.id(), failure.getMessage());
            return Optional.empty();
        }
        noAddress.increment();
        if (claim.attempt() >= config.deliveryAttempts()) {
            LOG.errorf("Page %s failed after %d attempts: %s; escalation goes on at its deadline",
                    claim.id(), claim.attempt(), failure.getMessage());
            return Optional.empty();
        }
        LOG.warnf("Page %s not delivered (attempt %d), retrying in %s: %s", claim.id(), claim.attempt(), backoff,
                failure.getMessage());
        return Optional.of(clock.instant().plus(backoff));
    }
}
