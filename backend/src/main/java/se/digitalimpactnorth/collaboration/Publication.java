package se.digitalimpactnorth.collaboration;

/** Who sees a collaboration: a draft only its participants' people; published the public (see CollaborationPolicy.PUBLIC_SQL). */
public enum Publication {
    DRAFT, PUBLISHED, ARCHIVED
}
