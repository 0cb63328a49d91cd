package se.digitalimpactnorth.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an expensive public operation (search, filtered lists, the changes feed): anonymous
 * callers get a budget per client address there. Integrator tokens are limited on every
 * operation, marked or not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {
    /** The 429 response's description in the contract. */
    String TOO_MANY = "Too many requests from this address (anonymous) or API client: wait Retry-After seconds";
}
