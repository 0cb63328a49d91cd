package se.digitalimpactnorth.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body that may hold several lines (Markdown bodies and
 * descriptions, summaries, messages to people). Every other text field is single-line: the JSON
 * reader refuses CR, LF, tabs and other control characters there (see {@link JacksonConfig}), so
 * a new field is safe without anyone remembering to mark it.
 *
 * <p>Say it in the contract too, so clients and the bad-input corpus know:
 * {@code @MultiLine @Schema(extensions = @Extension(name = "x-multiline", value = "true", parseValue = true))}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
