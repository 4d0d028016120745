package be.koepel.notification.recipient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Each volunteer's contact methods, in their order; every method runs in the caller's transaction. */
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
        return rows.stream().map(row -> new ContactMethod(((Number) row[0]).intValue(), (String) row[1],
                (String) row[2], ((Number) row[3]).intValue())).toList();
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
