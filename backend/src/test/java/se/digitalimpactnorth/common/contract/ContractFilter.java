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
        String path = URI.create(request.getURI()).getRawPath();
        List<String> problems = VALIDATOR.check(request.getMethod(), path, response.statusCode(),
                response.contentType(), response.asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("The response breaks openapi.yaml:\n  " + String.join("\n  ", problems)
                    + "\nBody: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
