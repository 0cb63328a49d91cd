package se.digitalimpactnorth.common;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Tests only: index updates are asynchronous (the outbox is polled), so before a GET that the
 * search engine answers, wait until the outbox is empty and refresh the indexes. The thousands of
 * tests that write and then list need no waits of their own; tests of the asynchronous behaviour
 * itself send {@code X-Din-Test-Settle: false} and poll as a client would.
 */
public class SearchSettle {

    public static final String HEADER = "X-Din-Test-Settle";
    private static final List<String> ANSWERED_BY_THE_INDEX = List.of("/api/v1/search", "/api/v1/resources", "/api/v1/actors",
            "/api/v1/collaborations");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory emf;

    @ServerRequestFilter
    public void settle(ContainerRequestContext request) throws SQLException, InterruptedException {
        String path = request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod()) || "false".equalsIgnoreCase(request.getHeaderString(HEADER))
                || ANSWERED_BY_THE_INDEX.stream().noneMatch(path::equals)) {
            return;
        }
        awaitEmptyOutbox(dataSource);
        Search.mapping(emf).scope(Object.class).workspace().refresh();
    }

    /** Waits until every index update written so far has been applied. */
    public static void awaitEmptyOutbox(AgroalDataSource dataSource) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("select exists (select 1 from hsearch_outbox_event where status = 'PENDING')")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The search outbox did not empty within " + PATIENCE);
                }
                Thread.sleep(20);
            }
        }
    }
}
