package se.digitalimpactnorth.common;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents, on every operation, that any error comes as a problem+json body (the default
 * response, and every 4xx or 5xx response an endpoint names without saying its body), and that an
 * operation without a security requirement is public: said once here, not on every method.
 */
public class OpenApiProblems implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
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
