package be.koepel.notification.recipient;

import be.koepel.contracts.volunteer.ContactChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Each volunteer's contact methods, in their order; every method runs in the caller's transaction.
 *
 * <p>Web push: the volunteer sets their order at volunteer-service, but registers browsers here, so
 * their web push method is made from both when a page is planned ({@link #withWebPush}):
 * <ul>
 * <li>with at least one browser registered, there is one WEB_PUSH method, to all their browsers at
 * once (its address is the volunteer's id). Where they placed WEB_PUSH in their order, it takes
 * that place and delay; if they did not, it goes first, together with their first method (delay 0):
 * a push costs nothing, and so it never delays or replaces what they chose;</li>
 * <li>without a browser, a WEB_PUSH they placed keeps only its delay, so their later methods stay
 * as far apart as they set them; so does every WEB_PUSH after the first (one per device label).</li>
 * </ul>
 */
@ApplicationScoped
public class ContactMethods {

    private final EntityManager em;

    public ContactMethods(EntityManager em) {
        this.em = em;
    }

    public List<ContactMethod> of(UUID volunteerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select position, channel, address, delay_seconds"
                + " from recipient_method where volunteer_id = :id order by position")
                .setParameter("id", volunteerId).getResultList();
        List<ContactMethod> stored = rows.stream().map(row -> new ContactMethod(((Number) row[0]).intValue(),
                (String) row[1], (String) row[2], ((Number) row[3]).intValue())).toList();
        boolean browsers = ((Number) em.createNativeQuery("select count(*) from push_subscription where volunteer_id = :id")
                .setParameter("id", volunteerId).getSingleResult()).longValue() > 0;
        return withWebPush(stored, volunteerId, browsers);
    }

    /**
     * The stored methods with the volunteer's web push method made as the class comment says; a
     * method with no channel only keeps its delay. Positions run 0, 1, … in order.
     */
    public static List<ContactMethod> withWebPush(List<ContactMethod> stored, UUID volunteerId, boolean browsers) {
        List<ContactMethod> methods = new ArrayList<>();
        boolean placed = stored.stream().anyMatch(m -> ContactChannel.WEB_PUSH.equals(m.channel()));
        if (browsers && !placed) {
            methods.add(new ContactMethod(0, ContactChannel.WEB_PUSH, volunteerId.toString(), 0));
        }
        boolean pushed = false;
        for (ContactMethod method : stored) {
            int position = methods.size();
            if (!ContactChannel.WEB_PUSH.equals(method.channel())) {
                methods.add(new ContactMethod(position, method.channel(), method.address(), method.delaySeconds()));
            } else if (browsers && !pushed) {
                methods.add(new ContactMethod(position, ContactChannel.WEB_PUSH, volunteerId.toString(),
                        method.delaySeconds()));
                pushed = true;
            } else {
                methods.add(new ContactMethod(position, null, null, method.delaySeconds()));
            }
        }
        return methods;
    }

    void replace(UUID volunteerId, List<ContactMethod> methods) {
        em.createNativeQuery("delete from recipient_method where volunteer_id = :id")
                .setParameter("id", volunteerId).executeUpdate();
        for (ContactMethod method : methods) {
            em.createNativeQuery("insert into recipient_method (volunteer_id, position, channel, address, delay_seconds)"
                    + " values (:id, :position, :channel, :address, :delay)")
                    .setParameter("id", volunteerId).setParameter("position", method.position())
                    .setParameter("channel", method.channel()).setParameter("address", method.address())
                    .setParameter("delay", method.delaySeconds()).executeUpdate();
        }
    }
}
