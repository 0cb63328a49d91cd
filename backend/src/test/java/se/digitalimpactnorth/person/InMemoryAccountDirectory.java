package se.digitalimpactnorth.person;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Keycloak realm's user accounts, for every backend test: tests never reach a Keycloak. It
 * remembers which accounts the API deleted, and can be switched off to play a Keycloak that
 * cannot be reached.
 */
@Mock
@ApplicationScoped
public class InMemoryAccountDirectory implements AccountDirectory {

    private final List<String> deleted = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;

    public void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    /** The subjects whose accounts the API deleted, in order. */
    public List<String> deleted() {
        return List.copyOf(deleted);
    }

    @Override
    public void delete(String subject) {
        if (!reachable) {
            throw new Unavailable("Keycloak is switched off in this test", null);
        }
        deleted.add(subject);
    }
}
