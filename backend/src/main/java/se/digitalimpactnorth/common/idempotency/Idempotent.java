package se.digitalimpactnorth.common.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a creating {@code POST} endpoint method in to the {@code Idempotency-Key} header (IETF
 * httpapi draft 07): a retry with the same key and body replays the first response instead of
 * doing the work again. This annotation is all an endpoint needs: {@link IdempotencyFilter}
 * honours the header on it, and {@link IdempotencyOpenApi} documents the header on its operation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {
}
