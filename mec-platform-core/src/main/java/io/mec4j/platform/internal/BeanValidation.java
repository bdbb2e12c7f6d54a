package io.mec4j.platform.internal;

import io.mec4j.model.error.MecBadRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/** <b>Not API.</b> Checks the spec constraints of model values, every violation reported in one 400. */
public final class BeanValidation {

  private static final Validator VALIDATOR = Validation.byDefaultProvider()
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  private BeanValidation() {}

  /**
   * Rejects enum values a peer sent that this version does not know ({@code UNKNOWN}): tolerated when reading
   * responses and notifications, never accepted into the platform's state.
   *
   * @param value a model value (records, lists, maps)
   * @param what how to name it in the message
   * @throws MecBadRequestException naming the first attribute that holds an unknown value
   */
  public static void rejectUnknownEnums(Object value, String what) {
    String path = findUnknown(value, "", 0);
    if (path != null) {
      throw new MecBadRequestException("Invalid " + what + ": " + (path.isEmpty() ? "value" : path)
          + " has a value that is not in the spec");
    }
  }

  private static @Nullable String findUnknown(@Nullable Object v, String path, int depth) {
    if (v == null || depth > 32) {
      return null;
    }
    if (v instanceof Enum<?> e) {
      return e.name().equals("UNKNOWN") ? path : null;
    }
    if (v instanceof java.util.List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String p = findUnknown(list.get(i), path + "[" + i + "]", depth + 1);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    if (v instanceof java.util.Map<?, ?> map) {
      for (java.util.Map.Entry<?, ?> en : map.entrySet()) {
        String p = findUnknown(en.getValue(), path + "." + en.getKey(), depth + 1);
        if (p != null) {
          return p;
        }
      }
      return null;
    }
    if (v.getClass().isRecord()) {
      for (java.lang.reflect.RecordComponent c : v.getClass().getRecordComponents()) {
        try {
          String p = findUnknown(c.getAccessor().invoke(v), path.isEmpty() ? c.getName() : path + "." + c.getName(),
              depth + 1);
          if (p != null) {
            return p;
          }
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    return null;
  }

  /**
   * Checks every constraint of a value, and that it holds no {@code UNKNOWN} enum value.
   *
   * @param value the value
   * @param what how to name it in the message, e.g. {@code ServiceInfo}
   * @throws MecBadRequestException listing every violation as {@code path: message}
   */
  public static void check(Object value, String what) {
    rejectUnknownEnums(value, what);
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
