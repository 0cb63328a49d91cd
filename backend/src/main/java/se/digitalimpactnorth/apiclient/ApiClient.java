package se.digitalimpactnorth.apiclient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An API client of an actor: one confidential client in the Keycloak realm, acting for the actor. */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "actor_id")
    public UUID actorId;

    public String name;

    /** Keycloak's clientId: what the client's tokens carry in {@code azp}. */
    @Column(name = "client_id")
    public String clientId;

    /** Keycloak's internal id of the client, for its admin API. */
    @Column(name = "keycloak_id")
    public String keycloakId;

    @Column(name = "created_by_subject")
    public String createdBySubject;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "secret_rotated_at")
    public OffsetDateTime secretRotatedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
