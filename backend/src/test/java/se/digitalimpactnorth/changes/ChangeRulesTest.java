package se.digitalimpactnorth.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.digitalimpactnorth.actor.ActorKind;
import se.digitalimpactnorth.actor.ActorStatus;
import se.digitalimpactnorth.actor.Fixtures;
import se.digitalimpactnorth.collaboration.CollaborationFixtures;
import se.digitalimpactnorth.collaboration.CollaborationPolicy;
import se.digitalimpactnorth.collaboration.ParticipantRole;
import se.digitalimpactnorth.collaboration.ParticipantStatus;
import se.digitalimpactnorth.collaboration.Publication;
import se.digitalimpactnorth.resource.ResourcePolicy;
import se.digitalimpactnorth.resource.ResourceStatus;

/**
 * The change log's triggers restate the public rules in SQL (V15). They must agree with the
 * rules every public read uses, ResourcePolicy.PUBLIC_SQL and CollaborationPolicy.PUBLIC_SQL:
 * checked here on entities in every state that matters, so a change to one rule without the
 * other fails.
 */
@QuarkusTest
class ChangeRulesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CollaborationFixtures collaborations;

    @Inject
    AgroalDataSource db;

    @Test
    @DisplayName("the change log's resource rule agrees with ResourcePolicy.PUBLIC_SQL")
    void resource_rule() {
        List<UUID> resources = new ArrayList<>();
        for (ActorStatus publisher : ActorStatus.values()) {
            UUID actor = fixtures.actor("Regel " + UUID.randomUUID(), publisher);
            for (ResourceStatus status : ResourceStatus.values()) {
                resources.add(fixtures.resource(actor, status, null));
                UUID takenDown = fixtures.resource(actor, status, null);
                fixtures.takeDown(takenDown, "Regelprov");
                resources.add(takenDown);
            }
        }
        int agreedPublic = 0;
        for (UUID r : resources) {
            boolean policy = bool("select exists (select 1 from resource r where r.id = ? and " + ResourcePolicy.PUBLIC_SQL + ")", r);
            assertEquals(policy, bool("select (din_change_resource_state(?)).is_public", r), "resource " + r);
            agreedPublic += policy ? 1 : 0;
        }
        assertEquals(1, agreedPublic, "exactly one combination is public: published, not taken down, publisher active");
    }

    @Test
    @DisplayName("the change log's collaboration rule agrees with CollaborationPolicy.PUBLIC_SQL")
    void collaboration_rule() {
        List<UUID> all = new ArrayList<>();
        for (Publication publication : Publication.values()) {
            for (ParticipantStatus partnerStatus : ParticipantStatus.values()) {
                for (boolean partnerActive : new boolean[] {true, false}) {
                    for (boolean leadActive : new boolean[] {true, false}) {
                        UUID lead = collaborations.actor("Lead " + UUID.randomUUID(), ActorKind.UNIVERSITY, null);
                        UUID partner = collaborations.actor("Partner " + UUID.randomUUID(), ActorKind.COMPANY, null);
                        UUID c = collaborations.collaboration(lead, "Regel",
                                CollaborationFixtures.Spec.published().publication(publication));
                        collaborations.participant(c, partner, ParticipantRole.PARTNER, partnerStatus);
                        if (!partnerActive) {
                            fixtures.setStatus(partner, ActorStatus.SUSPENDED);
                        }
                        if (!leadActive) {
                            fixtures.setStatus(lead, ActorStatus.SUSPENDED);
                        }
                        all.add(c);
                    }
                }
            }
        }
        UUID takenDown = all.get(0);
        collaborations.takeDown(takenDown, "Regelprov");
        int agreedPublic = 0;
        for (UUID c : all) {
            boolean policy = bool("select exists (select 1 from collaboration c where c.id = ? and "
                    + CollaborationPolicy.PUBLIC_SQL + ")", c);
            assertEquals(policy, bool("select (din_change_collaboration_state(?)).is_public", c), "collaboration " + c);
            agreedPublic += policy ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(agreedPublic > 0, "some combinations are public");
    }

    private boolean bool(String query, UUID id) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setObject(1, id);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
