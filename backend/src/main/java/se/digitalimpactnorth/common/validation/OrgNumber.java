package se.digitalimpactnorth.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import se.digitalimpactnorth.common.Problem;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** A Swedish organisation number, NNNNNN-NNNN, whose last digit is the Luhn check digit. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@FieldErrorCode(Problem.FieldError.INVALID_ORG_NUMBER)
@Constraint(validatedBy = OrgNumber.Validator.class)
public @interface OrgNumber {
    String message() default "must be a Swedish organisation number NNNNNN-NNNN with a valid check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OrgNumber, String> {
        private static final Pattern SHAPE = Pattern.compile("[0-9]{6}-[0-9]{4}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            if (!SHAPE.matcher(value).matches()) {
                return false;
            }
            String digits = value.replace("-", "");
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(i) - '0';
                if (i % 2 == 0) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            return sum % 10 == 0;
        }
    }
}
