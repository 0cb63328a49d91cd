package se.digitalimpactnorth.common;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, on every operation, that any error comes as a problem+json body (the default
 * response, and every 4xx or 5xx response an endpoint names without saying its body), and that an
 * operation without a security requirement is public: said once here, not on every method. Also
 * names the bare path of each feed served with an optional extension (see {@link #bareFeedPaths}),
 * and marks as optional each request body that requires nothing (see {@link #optionalBody}).
 */
public class OpenApiProblems implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        bareFeedPaths(openAPI.getPaths());
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                optionalBody(openAPI, operation);
                if (operation.getResponses() != null) {
                    if (!operation.getResponses().hasAPIResponse("default")) {
                        operation.getResponses().addAPIResponse("default", problem());
                    }
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (isError(status) && response.getRef() == null
                                && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                            response.setContent(problem().getContent());
                        }
                    });
                }
                if (operation.getSecurity() == null) {
                    // Say explicitly that an operation without a security requirement is public.
                    operation.setSecurity(new ArrayList<>());
                }
            }
        }
    }

    /**
     * A feed answers both {@code /feeds/v1/events} (format by Accept) and {@code /feeds/v1/events.ics}
     * from one JAX-RS method, {@code /events{ext}}; but an OpenAPI path parameter is required and
     * cannot be empty, so strict clients and validating proxies refuse the bare path. The contract
     * therefore names the bare path too: the same operation without the {@code ext} parameter.
     */
    private static void bareFeedPaths(Paths paths) {
        for (Map.Entry<String, PathItem> entry : new TreeMap<>(paths.getPathItems()).entrySet()) {
            String template = entry.getKey();
            if (!template.endsWith(EXT) || paths.hasPathItem(template.substring(0, template.length() - EXT.length()))) {
                continue;
            }
            PathItem bare = OASFactory.createPathItem();
            entry.getValue().getOperations().forEach((method, operation) -> bare.setOperation(method,
                    OASFactory.createOperation()
                            .summary(operation.getSummary())
                            .description(operation.getDescription())
                            .tags(operation.getTags())
                            .parameters(operation.getParameters() == null ? null : operation.getParameters().stream()
                                    .filter(p -> !(p.getIn() == Parameter.In.PATH && "ext".equals(p.getName())))
                                    .toList())
                            .responses(operation.getResponses())
                            .security(operation.getSecurity())));
            paths.addPathItem(template.substring(0, template.length() - EXT.length()), bare);
        }
    }

    private static final String EXT = "{ext}";

    /**
     * An action whose body has no required property (approve, suspend, ask to join...) takes a bare
     * POST as well (see {@link EmptyBodyFilter}), so the contract must not call that body required.
     */
    private static void optionalBody(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        boolean requiresNothing = operation.getRequestBody().getContent().getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .allMatch(schema -> schema != null && schema.getRef() != null
                        && openAPI.getComponents().getSchemas().get(schema.getRef().replace("#/components/schemas/", "")) instanceof Schema s
                        && (s.getRequired() == null || s.getRequired().isEmpty()));
        if (requiresNothing) {
            operation.getRequestBody().setRequired(false);
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static APIResponse problem() {
        return OASFactory.createAPIResponse()
                .description("Any error, as an RFC 9457 problem")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
