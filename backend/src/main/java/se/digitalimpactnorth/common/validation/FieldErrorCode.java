package se.digitalimpactnorth.common.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a custom constraint annotation: the stable code (see {@code Problem.FieldError}) that its
 * violations carry, so that clients can say what is wrong in their own language.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldErrorCode {
    String value();
}
