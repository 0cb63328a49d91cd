package se.digitalimpactnorth.person;

/**
 * Where people's accounts live: the Keycloak realm ({@link KeycloakAccountDirectory}). An
 * interface so that backend tests use an in-memory double and never reach a Keycloak.
 */
public interface AccountDirectory {

    /**
     * Deletes the account whose id is the token subject {@code subject}, with its sessions and
     * credentials. An account that is already gone is no error.
     *
     * @throws Unavailable when the directory cannot be reached or refuses
     */
    void delete(String subject);

    /** The directory could not be reached or refused; the API answers 503 and changes nothing. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
