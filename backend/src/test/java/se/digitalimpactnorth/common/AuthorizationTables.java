package se.digitalimpactnorth.common;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the persona × action tables share: each table maps its actions to the operations of
 * openapi.yaml they exercise ("METHOD /path/{template}"), and {@link AuthorizationCoverageTest}
 * checks that every operation of the contract has at least one row.
 */
public final class AuthorizationTables {

    private AuthorizationTables() {}

    /** The operations of a table's rows; fails naming the rows that declare none. */
    public static <A extends Enum<A>> List<String> operations(A[] actions, Map<A, String> operations) {
        List<String> missing = Arrays.stream(actions).filter(a -> !operations.containsKey(a)).map(Enum::name).toList();
        if (!missing.isEmpty()) {
            String table = actions[0].getDeclaringClass().getEnclosingClass().getSimpleName();
            throw new AssertionError(table + ": rows without an operation in its OPERATIONS map: " + missing);
        }
        return List.copyOf(new LinkedHashSet<>(operations.values()));
    }
}
