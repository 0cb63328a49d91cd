package se.digitalimpactnorth.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.digitalimpactnorth.common.CurrentUser;

/** Keeps the person record of the caller in step with their token. */
@ApplicationScoped
public class PersonService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /**
     * Makes the caller's person record on their first authenticated call and refreshes name and
     * email when the token says something new; returns the subject. One statement, no read first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String touch() {
        String subject = user.subject();
        em.createNativeQuery("""
                insert into person (subject, name, email) values (:subject, :name, :email)
                on conflict (subject) do update set name = excluded.name, email = excluded.email, updated_at = now()
                where person.name is distinct from excluded.name or person.email is distinct from excluded.email
                """)
                .setParameter("subject", subject)
                .setParameter("name", user.name())
                .setParameter("email", user.email())
                .executeUpdate();
        return subject;
    }
}
