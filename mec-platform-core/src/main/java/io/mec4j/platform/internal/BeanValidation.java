package io.mec4j.platform.internal;

import io.mec4j.model.error.MecBadRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** <b>Not API.</b> Checks the spec constraints of model values, every violation reported in one 400. */
public final class BeanValidation {

  private static final Validator VALIDATOR = Validation.byDefaultProvider()
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  private BeanValidation() {}

  /**
   * Checks every constraint of a value.
   *
   * @param value the value
   * @param what how to name it in the message, e.g. {@code ServiceInfo}
   * @throws MecBadRequestException listing every violation as {@code path: message}
   */
  public static void check(Object value, String what) {
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
    if (!violations.isEmpty()) {
      String list = violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> v.getPropertyPath() + ": " + v.getMessage())
          .collect(Collectors.joining("; "));
      throw new MecBadRequestException("Invalid " + what + ": " + list);
    }
  }
}
