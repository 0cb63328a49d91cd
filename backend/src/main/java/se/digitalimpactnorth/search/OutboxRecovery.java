package se.digitalimpactnorth.search;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.time.Duration;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.jboss.logging.Logger;

/**
 * Hibernate Search retries an outbox event a few times and then sets it aside ("aborted"): during a
 * longer OpenSearch outage every update written meanwhile would end there and never reach the index.
 * So, every few seconds, once the engine answers again, the aborted events are put back in line.
 * Any replica may do it; putting an event back twice is harmless (indexing is idempotent).
 */
@ApplicationScoped
public class OutboxRecovery {

    private static final Logger LOG = Logger.getLogger(OutboxRecovery.class);

    @Inject
    EntityManagerFactory emf;

    @Inject
    OpenSearchAdmin admin;

    @Scheduled(every = "${din.search.recovery-every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reprocessAborted() {
        var outbox = Search.mapping(emf).extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() == 0 || !engineAnswers()) {
            return;
        }
        int events = outbox.reprocessAbortedEvents();
        LOG.infof("Search engine answers again: %d index updates set aside during the outage are processed now", events);
    }

    private boolean engineAnswers() {
        try {
            return admin.send("GET", "/_cluster/health", null, Duration.ofSeconds(2)).ok();
        } catch (IOException e) {
            return false;
        }
    }
}
