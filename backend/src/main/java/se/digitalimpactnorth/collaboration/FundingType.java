package se.digitalimpactnorth.collaboration;

/** Whether a funding line is public or private money. */
public enum FundingType {
    PUBLIC, PRIVATE
}
