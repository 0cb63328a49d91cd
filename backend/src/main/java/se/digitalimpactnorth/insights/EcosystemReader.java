package se.digitalimpactnorth.insights;

/** Reads the whole public {@link Ecosystem} from the database (EcosystemLoader); {@link InsightsCache} decides when. */
public interface EcosystemReader {
    Ecosystem read();
}
