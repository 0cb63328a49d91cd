package se.digitalimpactnorth.resource;

/** draft → published → archived. Drafts are seen only by the publishing actor's people. */
public enum ResourceStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
