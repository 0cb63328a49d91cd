package se.digitalimpactnorth.resource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.digitalimpactnorth.resource.ResourceDtos.AccessCondition;

/** The list filters of GET /resources (and of the feeds), parsed; null means "any". */
public record ResourceFilter(ResourceKind kind, ResourceKind.Family family, List<UUID> actors, String municipality,
        String county, String technologyArea, Integer sdg, String tag, OffsetDateTime from, OffsetDateTime to,
        AccessCondition access, ResourceStatus status, String q) {

    public ResourceFilter withKind(ResourceKind k) {
        return new ResourceFilter(k, family, actors, municipality, county, technologyArea, sdg, tag, from, to, access, status, q);
    }

    public ResourceFilter withFamily(ResourceKind.Family f) {
        return new ResourceFilter(kind, f, actors, municipality, county, technologyArea, sdg, tag, from, to, access, status, q);
    }

    public ResourceFilter withTechnologyArea(String area) {
        return new ResourceFilter(kind, family, actors, municipality, county, area, sdg, tag, from, to, access, status, q);
    }

    public ResourceFilter withSdg(Integer number) {
        return new ResourceFilter(kind, family, actors, municipality, county, technologyArea, number, tag, from, to, access, status, q);
    }

    public ResourceFilter withMunicipality(String code) {
        return new ResourceFilter(kind, family, actors, code, county, technologyArea, sdg, tag, from, to, access, status, q);
    }
}
