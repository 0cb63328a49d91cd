package se.digitalimpactnorth.common.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;

/**
 * A REST Assured filter that fails the test whose request got a response the contract does not
 * describe. Requests are not checked: tests send bad requests on purpose, and their answers must
 * still be described.
 */
public final class ContractFilter implements Filter {

    private static final ContractValidator VALIDATOR = ContractValidator.ofCommittedContract();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (refusedByCors(request, response)) {
            return response;
        }
        String path = URI.create(request.getURI()).getRawPath();
        List<String> problems = VALIDATOR.check(request.getMethod(), path, response.statusCode(),
                response.contentType(), response.asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("The response breaks openapi.yaml:\n  " + String.join("\n  ", problems)
                    + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * A request from an origin the API does not allow is refused by the HTTP layer's CORS filter
     * with an empty 403, before any operation: a browser never shows it to the page, and clients
     * without an Origin header never get it. It is the one answer outside the contract.
     */
    private static boolean refusedByCors(FilterableRequestSpecification request, Response response) {
        return request.getHeaders().hasHeaderWithName("Origin") && response.statusCode() == 403
                && response.header("Access-Control-Allow-Origin") == null && response.asString().isEmpty();
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
