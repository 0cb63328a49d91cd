package se.digitalimpactnorth.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Runs a batch of upserts by external id: each item on its own (validated, then upserted in its
 * own transaction by the service), so one bad item never spoils the others; the answer has one
 * outcome per item in the request's order. What makes the body not a batch at all (no items,
 * more than {@link #MAX_ITEMS}, an external id twice) is one 400 before anything is written.
 */
public final class Batches {

    public static final int MAX_ITEMS = 500;

    /** Said once, for both batch endpoints' OpenAPI descriptions. */
    public static final String CONVENTION = "Up to " + MAX_ITEMS + " items, each upserted on its own, in its own transaction,"
            + " in the request's order: one bad item never spoils the others, and the answer (200) has one outcome per item in"
            + " the same order. A failed item has `problem`: what a single PUT of that item would have got, with every field"
            + " path prefixed by the item's place in this body (`items[3].resource.title.sv`, `items[0].externalId`). A body"
            + " that is not a batch at all (not JSON of this shape, no items, more than " + MAX_ITEMS + ", an `externalId`"
            + " twice) is one 400 problem and writes nothing. Send `Idempotency-Key` to retry a batch safely.";

    private Batches() {}

    /** One item's outcome. */
    @Schema(name = "BatchItemResult", requiredProperties = "outcome")
    public record ItemResult(
            @Schema(description = "As the item gave it (absent when it gave none)") String externalId,
            Upserted.Outcome outcome,
            @Schema(description = "The object's id, unless the item failed") UUID id,
            @Schema(description = "Its version (the ETag without quotes), unless the item failed") Long version,
            @Schema(description = "Only for a failed item: the problem, with field paths prefixed by `items[i].`") Problem problem) {}

    @Schema(name = "BatchResult", requiredProperties = "items")
    public record Result(@Schema(description = "One per item, in the request's order") List<ItemResult> items) {}

    /** A 400 naming every second occurrence of an external id; the items are otherwise checked one by one. */
    public static void requireDistinct(List<String> externalIds) {
        Map<String, Integer> first = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < externalIds.size(); i++) {
            String id = externalIds.get(i);
            if (id == null) {
                continue;
            }
            Integer was = first.putIfAbsent(id, i);
            if (was != null) {
                errors.add(new Problem.FieldError("items[" + i + "].externalId", Problem.FieldError.TAKEN,
                        "is given twice in this batch (also items[" + was + "])"));
            }
        }
        if (!errors.isEmpty()) {
            throw ItemProblems.validation(errors);
        }
    }

    /**
     * Upserts each item with {@code upsert} (which must open its own transaction), after Bean
     * Validation of the item; a failure becomes that item's problem.
     */
    public static <I, V extends ETags.Versioned> Result run(List<I> items, Validator validator, Function<I, String> externalId,
            Function<I, Upserted<V>> upsert, Function<V, UUID> id, String instance) {
        List<ItemResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            I item = items.get(i);
            String prefix = "items[" + i + "].";
            try {
                Set<ConstraintViolation<I>> violations = validator.validate(item);
                if (!violations.isEmpty()) {
                    throw ItemProblems.validation(ItemProblems.fieldErrors(violations));
                }
                Upserted<V> done = upsert.apply(item);
                results.add(new ItemResult(externalId.apply(item), done.outcome(), id.apply(done.view()), done.view().version(), null));
            } catch (RuntimeException e) {
                results.add(new ItemResult(externalId.apply(item), Upserted.Outcome.failed, null, null,
                        ItemProblems.of(e, prefix, instance)));
            }
        }
        return new Result(results);
    }
}
