package se.digitalimpactnorth.resource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;

/** The list filters of GET /resources (and of the feeds), parsed; null means "any". */
public record ResourceFilter(ResourceKind kind, ResourceKind.Family family, List<UUID> actors, String municipality,
        String county, String technologyArea, Integer sdg, String tag, OffsetDateTime from, OffsetDateTime to,
        AccessCondition access, ResourceStatus status, String q) {}
