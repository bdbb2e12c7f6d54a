package io.mec4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.model.common.SerializerType;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceState;
import io.mec4j.model.mp1.TransportInfo;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Spec constraints are reported by a jakarta.validation provider, every violation at once. */
class ValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void setUp() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void tearDown() {
    factory.close();
  }

  @TestFactory
  Stream<DynamicTest> emptyObject_reportsEveryRequiredAttributeAtOnce() {
    return ModelTypes.selected().stream().filter(Class::isRecord)
        .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
          Object empty = MecJson.read("{}", type);
          Set<String> required = new TreeSet<>();
          for (RecordComponent c : type.getRecordComponents()) {
            if (type.getDeclaredField(c.getName()).isAnnotationPresent(NotNull.class)) {
              required.add(c.getName());
            }
          }
          assertThat(paths(validator.validate(empty))).isEqualTo(required);
        }));
  }

  @Test
  void serviceInfo_missingRequiredAndNestedErrors_allReportedWithPaths() {
    ObjectNode body = MecJson.mapper().createObjectNode();
    body.put("serName", "rnis");
    body.putObject("transportInfo").put("name", "rest").put("type", "REST_HTTP");
    ServiceInfo info = MecJson.read(body.toString(), ServiceInfo.class);

    Set<String> paths = paths(validator.validate(info));

    assertThat(paths).contains("version", "state", "serializer", "transportInfo.id", "transportInfo.protocol",
        "transportInfo.version", "transportInfo.endpoint", "transportInfo.security");
    assertThat(paths).doesNotContain("serName", "transportInfo.name", "transportInfo.type");
  }

  @Test
  void serviceInfo_builtCompletely_hasNoViolations() {
    ServiceInfo info = ServiceInfo.builder()
        .serName("rnis")
        .version("2.2.1")
        .state(ServiceState.ACTIVE)
        .serializer(SerializerType.JSON)
        .transportInfo(MecJson.read(
            "{\"id\":\"t1\",\"name\":\"REST\",\"type\":\"REST_HTTP\",\"protocol\":\"HTTP\",\"version\":\"2.0\","
                + "\"endpoint\":{\"uris\":[\"http://mep.example/rni/v2/\"]},\"security\":{}}",
            TransportInfo.class))
        .build();

    assertThat(validator.validate(info)).isEmpty();
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
  }
}
