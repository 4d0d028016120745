package be.koepel.notification.delivery;

import be.koepel.notification.recipient.ContactMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The contact methods of each page and what they add up to. A page goes out on its volunteer's
 * methods in their order, each its delay after the previous one; the page's own delivery columns
 * sum its methods up for the timeline and the stuck-page check. Every method runs in the caller's
 * transaction, with the page's escalation locked by the caller (the lock order of every change to pages).
 */
@ApplicationScoped
public class PageDeliveries {

    private final EntityManager em;

    public PageDeliveries(EntityManager em) {
        this.em = em;
    }

    /**
     * Fixes the methods of a page created at {@code createdAt}: the first is due its own delay after
     * the page's creation, each later one its delay after the one before. Planning again adds nothing.
     */
    public void plan(UUID pageId, Instant createdAt, List<ContactMethod> methods, Instant now) {
        Instant due = createdAt;
        for (ContactMethod method : methods) {
            due = due.plus(Duration.ofSeconds(method.delaySeconds()));
            if (method.channel() == null) {
                continue; // a method on a channel not configured here: only its delay counts
            }
            em.createNativeQuery("""
                    insert into page_delivery (id, page_id, position, channel, address, due_at, delivery_status,
                        delivery_attempts, next_delivery_at, created_at)
                    values (:id, :page, :position, :channel, :address, :due, 'PENDING', 0, :due, :now)
                    on conflict (page_id, channel, address) do nothing""")
                    .setParameter("id", UUID.randomUUID()).setParameter("page", pageId)
                    .setParameter("position", method.position()).setParameter("channel", method.channel())
                    .setParameter("address", method.address()).setParameter("due", due).setParameter("now", now)
                    .executeUpdate();
        }
        // The methods carry the page from here: its own row leaves the page queue for good.
        em.createNativeQuery("update page set delivery_status = 'SENDING', next_delivery_at = null where id = :page")
                .setParameter("page", pageId).executeUpdate();
    }

    /** Failover: the method after {@code position} that still waits for its delay goes out now. */
    public void bringNextForward(UUID pageId, int position, Instant now) {
        em.createNativeQuery("""
                update page_delivery set next_delivery_at = :now, due_at = :now
                where page_id = :page and delivery_status = 'PENDING' and next_delivery_at > :now
                  and position = (select min(position) from page_delivery
                                  where page_id = :page and position > :position and delivery_status = 'PENDING')""")
                .setParameter("page", pageId).setParameter("position", position).setParameter("now", now)
                .executeUpdate();
    }

    /** A method that is not sent because the page no longer waits for an answer. */
    public void skip(UUID deliveryId, String reason) {
        em.createNativeQuery("update page_delivery set delivery_status = 'SKIPPED', last_delivery_error = :reason"
                + " where id = :id and delivery_status in ('PENDING', 'SENDING')")
                .setParameter("reason", reason).setParameter("id", deliveryId).executeUpdate();
    }

    /**
     * The page's delivery as its methods add up: DELIVERED or SENT once any method was, SENDING while
     * any may still go out, else FAILED; attempts summed, first sent and delivered times, the errors.
     */
    public void sumUp(UUID pageId) {
        em.createNativeQuery("""
                update page p set
                    delivery_status = case
                        when exists (select 1 from page_delivery d where d.page_id = p.id and d.delivery_status = 'DELIVERED') then 'DELIVERED'
                        when exists (select 1 from page_delivery d where d.page_id = p.id and d.delivery_status = 'SENT') then 'SENT'
                        when exists (select 1 from page_delivery d where d.page_id = p.id and d.delivery_status in ('PENDING', 'SENDING')) then 'SENDING'
                        else 'FAILED' end,
                    delivery_attempts = (select coalesce(sum(d.delivery_attempts), 0) from page_delivery d where d.page_id = p.id),
                    sent_at = (select min(d.sent_at) from page_delivery d where d.page_id = p.id),
                    delivered_at = (select min(d.delivered_at) from page_delivery d where d.page_id = p.id),
                    gateway_message_id = (select d.gateway_message_id from page_delivery d
                                          where d.page_id = p.id and d.gateway_message_id is not null
                                          order by d.position limit 1),
                    last_delivery_error = (select string_agg(d.last_delivery_error, '; ' order by d.position)
                                           from page_delivery d where d.page_id = p.id
                                             and d.delivery_status in ('FAILED', 'SKIPPED'))
                where p.id = :page""")
                .setParameter("page", pageId).executeUpdate();
    }
}
