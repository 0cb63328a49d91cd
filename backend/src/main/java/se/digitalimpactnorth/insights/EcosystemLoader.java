package se.digitalimpactnorth.insights;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.Sector;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Boundary;
import se.digitalimpactnorth.collaboration.BoundaryProfile.Helix;
import se.digitalimpactnorth.collaboration.CollaborationKind;
import se.digitalimpactnorth.collaboration.CollaborationPolicy;
import se.digitalimpactnorth.collaboration.CollaborationStatus;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.insights.Ecosystem.ActorFact;
import se.digitalimpactnorth.insights.Ecosystem.CollaborationFact;
import se.digitalimpactnorth.insights.Ecosystem.MunicipalityFact;
import se.digitalimpactnorth.insights.Ecosystem.Name;
import se.digitalimpactnorth.insights.Ecosystem.Names;
import se.digitalimpactnorth.insights.Ecosystem.ParticipantFact;
import se.digitalimpactnorth.insights.Ecosystem.ResourceFact;
import se.digitalimpactnorth.resource.ResourceKind;
import se.digitalimpactnorth.resource.ResourcePolicy;

/**
 * Reads the whole public {@link Ecosystem} with a handful of plain SQL queries over one connection
 * (no entity loading): one query per table, each streamed once, and the link tables (technology
 * areas, SDGs, participants, ...) joined to their owners in memory. That keeps a cold read of a large
 * ecosystem (5,000 actors, 50,000 resources, 20,000 collaborations) to a few hundred milliseconds,
 * where one query per object would take minutes.
 *
 * <p>What is public is decided by the same SQL rules every public list uses
 * ({@link ResourcePolicy#PUBLIC_SQL}, {@link CollaborationPolicy#PUBLIC_SQL},
 * {@link CollaborationPolicy#COUNTS_SQL}); link rows of anything not public are dropped in memory.
 * Days are Stockholm days, as everywhere in the API.
 */
@ApplicationScoped
public class EcosystemLoader implements EcosystemReader {

    private static final Logger LOG = Logger.getLogger(EcosystemLoader.class);
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final String ACTORS = """
            select a.id, a.slug, a.name, a.kind, a.sector, a.municipality_code, m.county_code, a.latitude, a.longitude,
                   (a.created_at at time zone 'Europe/Stockholm')::date
            from actor a left join municipality m on m.code = a.municipality_code
            where a.status = 'ACTIVE'""";

    private static final String RESOURCES = """
            select r.id, r.slug, r.title_sv, r.title_en, r.kind, r.actor_id,
                   coalesce(r.municipality_code, pub.municipality_code), m.county_code, r.latitude, r.longitude,
                   (coalesce(r.published_at, r.created_at) at time zone 'Europe/Stockholm')::date
            from resource r
            join actor pub on pub.id = r.actor_id
            left join municipality m on m.code = coalesce(r.municipality_code, pub.municipality_code)
            where\s""" + ResourcePolicy.PUBLIC_SQL;

    private static final String COLLABORATIONS = """
            select c.id, c.slug, c.title_sv, c.title_en, c.kind, c.status, c.start_date, c.end_date,
                   (coalesce(c.published_at, c.created_at) at time zone 'Europe/Stockholm')::date,
                   c.boundary_score, c.crosses_sector, c.crosses_organisation, c.crosses_place, c.crosses_knowledge,
                   c.crosses_technology, array_to_string(c.profile_sectors, ','), array_to_string(c.profile_municipalities, ','),
                   array_to_string(c.profile_counties, ',')
            from collaboration c
            where\s""" + CollaborationPolicy.PUBLIC_SQL;

    private static final String PARTICIPANTS = "select p.collaboration_id, p.actor_id, p.role"
            + " from collaboration_participant p join actor pa on pa.id = p.actor_id where " + CollaborationPolicy.COUNTS_SQL
            + " order by p.collaboration_id, p.role, p.actor_id";

    /** Municipalities with their county and the mean location of their located active actors. */
    private static final String MUNICIPALITIES = """
            select m.code, m.name, m.county_code, co.name, avg(a.latitude), avg(a.longitude)
            from municipality m
            join county co on co.code = m.county_code
            left join actor a on a.municipality_code = m.code and a.status = 'ACTIVE' and a.latitude is not null
            group by m.code, m.name, m.county_code, co.name""";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Ecosystem read() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            boolean autoCommit = connection.getAutoCommit();
            // One repeatable-read transaction: every query sees the same moment of the data.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Ecosystem ecosystem = read(connection);
                connection.commit();
                LOG.debugf("Read the ecosystem (%d actors, %d resources, %d collaborations) in %d ms",
                        ecosystem.actors().size(), ecosystem.resources().size(), ecosystem.collaborations().size(),
                        (System.nanoTime() - started) / 1_000_000);
                return ecosystem;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the public ecosystem", e);
        }
    }

    private Ecosystem read(Connection connection) throws SQLException {
        Map<UUID, ActorFact> actors = readActors(connection);
        List<ResourceFact> resources = readResources(connection);
        List<CollaborationFact> collaborations = readCollaborations(connection, resources);
        return new Ecosystem(Collections.unmodifiableMap(actors), List.copyOf(resources), List.copyOf(collaborations),
                Collections.unmodifiableMap(readMunicipalities(connection)), readNames(connection), LocalDate.now(STOCKHOLM));
    }

    private Map<UUID, ActorFact> readActors(Connection connection) throws SQLException {
        Map<UUID, Set<String>> areas = codes(connection, "actor_technology_area", "actor_id", "code");
        Map<UUID, ActorFact> actors = new LinkedHashMap<>();
        query(connection, ACTORS, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            actors.put(id, new ActorFact(id, rs.getString(2), rs.getString(3), ActorKind.valueOf(rs.getString(4)),
                    Sector.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), nullableDouble(rs, 8),
                    nullableDouble(rs, 9), rs.getObject(10, LocalDate.class), frozen(areas.get(id))));
        });
        return actors;
    }

    private List<ResourceFact> readResources(Connection connection) throws SQLException {
        Map<UUID, Set<Integer>> sdgs = numbers(connection, "resource_sdg", "resource_id", "sdg");
        Map<UUID, Set<String>> areas = codes(connection, "resource_technology_area", "resource_id", "code");
        List<ResourceFact> resources = new ArrayList<>();
        query(connection, RESOURCES, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            resources.add(new ResourceFact(id, rs.getString(2), rs.getString(3), rs.getString(4),
                    ResourceKind.valueOf(rs.getString(5)), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
                    nullableDouble(rs, 9), nullableDouble(rs, 10), rs.getObject(11, LocalDate.class), frozen(sdgs.get(id)),
                    frozen(areas.get(id))));
        });
        return resources;
    }

    private List<CollaborationFact> readCollaborations(Connection connection, List<ResourceFact> resources) throws SQLException {
        Map<UUID, List<ParticipantFact>> participants = new HashMap<>();
        query(connection, PARTICIPANTS, rs -> participants.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                .add(new ParticipantFact(rs.getObject(2, UUID.class), ParticipantRole.valueOf(rs.getString(3)))));
        Map<UUID, Set<Integer>> sdgs = numbers(connection, "collaboration_sdg", "collaboration_id", "sdg");
        Map<UUID, Set<String>> technology = codes(connection, "collaboration_technology_area", "collaboration_id", "code");
        Map<UUID, Set<String>> knowledge = codes(connection, "collaboration_knowledge_area", "collaboration_id", "code");
        Map<UUID, Set<String>> places = codes(connection, "collaboration_place", "collaboration_id", "municipality_code");
        // Only links to public resources: a draft resource linked to a public collaboration is nobody's business.
        Set<UUID> publicResources = new HashSet<>();
        resources.forEach(r -> publicResources.add(r.id()));
        Map<UUID, Set<UUID>> linked = new HashMap<>();
        query(connection, "select collaboration_id, resource_id from collaboration_resource", rs -> {
            UUID resourceId = rs.getObject(2, UUID.class);
            if (publicResources.contains(resourceId)) {
                linked.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(resourceId);
            }
        });
        List<CollaborationFact> collaborations = new ArrayList<>();
        query(connection, COLLABORATIONS, rs -> {
            UUID id = rs.getObject(1, UUID.class);
            EnumSet<Boundary> crossed = EnumSet.noneOf(Boundary.class);
            Boundary[] order = {Boundary.SECTOR, Boundary.ORGANISATION, Boundary.PLACE, Boundary.KNOWLEDGE, Boundary.TECHNOLOGY};
            for (int i = 0; i < order.length; i++) {
                if (rs.getBoolean(11 + i)) {
                    crossed.add(order[i]);
                }
            }
            EnumSet<Sector> sectors = EnumSet.noneOf(Sector.class);
            for (String s : split(rs.getString(16))) {
                sectors.add(Sector.valueOf(s));
            }
            collaborations.add(new CollaborationFact(id, rs.getString(2), rs.getString(3), rs.getString(4),
                    CollaborationKind.valueOf(rs.getString(5)), CollaborationStatus.valueOf(rs.getString(6)),
                    rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                    List.copyOf(participants.getOrDefault(id, List.of())), frozen(sdgs.get(id)), frozen(technology.get(id)),
                    frozen(knowledge.get(id)), frozen(places.get(id)), rs.getInt(10), Collections.unmodifiableSet(crossed),
                    helix(sectors), Collections.unmodifiableSet(sectors), Set.copyOf(split(rs.getString(17))),
                    Set.copyOf(split(rs.getString(18))), frozen(linked.get(id))));
        });
        return collaborations;
    }

    /**
     * The helix of the profile's sectors, by BoundaryRules' definition (business + academia + public is
     * triple; with civil society too, quadruple): the same answer as the stored profile's sectors.helix,
     * without parsing its JSON.
     */
    static Helix helix(Set<Sector> sectors) {
        if (!sectors.containsAll(EnumSet.of(Sector.BUSINESS, Sector.ACADEMIA, Sector.PUBLIC))) {
            return Helix.NONE;
        }
        return sectors.contains(Sector.CIVIL) ? Helix.QUADRUPLE : Helix.TRIPLE;
    }

    private Map<String, MunicipalityFact> readMunicipalities(Connection connection) throws SQLException {
        Map<String, MunicipalityFact> municipalities = new TreeMap<>();
        query(connection, MUNICIPALITIES, rs -> municipalities.put(rs.getString(1), new MunicipalityFact(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), nullableDouble(rs, 5), nullableDouble(rs, 6))));
        return municipalities;
    }

    private Names readNames(Connection connection) throws SQLException {
        Map<String, Name> technology = new TreeMap<>();
        query(connection, "select code, name_sv, name_en from technology_area", rs ->
                technology.put(rs.getString(1), new Name(rs.getString(2), rs.getString(3))));
        Map<String, Name> knowledge = new TreeMap<>();
        query(connection, "select code, name_sv, name_en from knowledge_area", rs ->
                knowledge.put(rs.getString(1), new Name(rs.getString(2), rs.getString(3))));
        Map<Integer, Name> sdgs = new TreeMap<>();
        query(connection, "select number, name_sv, name_en from sdg", rs ->
                sdgs.put(rs.getInt(1), new Name(rs.getString(2), rs.getString(3))));
        return new Names(Collections.unmodifiableMap(technology), Collections.unmodifiableMap(knowledge),
                Collections.unmodifiableMap(sdgs));
    }

    /** A link table as owner -> its codes, one row per owner (the codes joined by commas). */
    private Map<UUID, Set<String>> codes(Connection connection, String table, String owner, String code) throws SQLException {
        Map<UUID, Set<String>> codes = new HashMap<>();
        query(connection, "select " + owner + ", string_agg(" + code + ", ',') from " + table + " group by " + owner,
                rs -> codes.put(rs.getObject(1, UUID.class), Set.copyOf(split(rs.getString(2)))));
        return codes;
    }

    /** {@link #codes} for numbers (SDGs). */
    private Map<UUID, Set<Integer>> numbers(Connection connection, String table, String owner, String number) throws SQLException {
        Map<UUID, Set<Integer>> numbers = new HashMap<>();
        query(connection, "select " + owner + ", string_agg(" + number + "::text, ',') from " + table + " group by " + owner, rs -> {
            Set<Integer> set = new HashSet<>();
            split(rs.getString(2)).forEach(n -> set.add(Integer.valueOf(n)));
            numbers.put(rs.getObject(1, UUID.class), Collections.unmodifiableSet(set));
        });
        return numbers;
    }

    /** A row handler that may throw SQLException. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(5_000); // streamed in batches (inside the transaction), not held twice in memory
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * The elements of a list joined by commas (codes, which never contain one). Arrays travel as
     * text: pgjdbc's array decoding costs more than the whole query at 20,000 rows.
     */
    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static <T> Set<T> frozen(Set<T> set) {
        return set == null ? Set.of() : Collections.unmodifiableSet(set);
    }
}
