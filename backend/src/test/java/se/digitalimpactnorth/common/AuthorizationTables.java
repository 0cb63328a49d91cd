package se.digitalimpactnorth.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

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

    /**
     * Every cell of a table, for its {@code @MethodSource}: (persona, action, expected status),
     * where {@code table} holds for each action one status per persona, in the personas' order.
     */
    public static <P extends Enum<P>, A extends Enum<A>> Stream<Arguments> cells(P[] personas, A[] actions, Map<A, int[]> table) {
        List<Arguments> cells = new ArrayList<>();
        for (A action : actions) {
            for (P persona : personas) {
                cells.add(Arguments.of(persona, action, table.get(action)[persona.ordinal()]));
            }
        }
        return cells.stream();
    }
}
