package io.mec4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every model type: a realistic instance ({@code examples/<package>/<Type>.json} on the test class path)
 * deserialises, passes bean validation, serialises back to the same JSON, validates against the type's schema in
 * every spec file that defines it, and reads back to an equal object. For enums, every constant but {@code UNKNOWN}
 * is a value the schema accepts and reads back to itself.
 */
class SchemaConformanceTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void setUp() {
    SpecFiles.specsDir();
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void tearDown() {
    factory.close();
  }

  @TestFactory
  Stream<DynamicTest> records_roundTripAndMatchSchema() {
    return ModelTypes.selected().stream()
        .filter(Class::isRecord)
        .map(type -> DynamicTest.dynamicTest(type.getName(), () -> checkRecord(type)));
  }

  @TestFactory
  Stream<DynamicTest> enums_matchSchema() {
    return ModelTypes.selected().stream()
        .filter(Class::isEnum)
        .map(type -> DynamicTest.dynamicTest(type.getName(), () -> checkEnum(type)));
  }

  static String examplePath(Class<?> type) {
    String pkg = type.getPackageName().substring("io.mec4j.model.".length());
    return "/examples/" + pkg + "/" + type.getSimpleName() + ".json";
  }

  static JsonNode example(Class<?> type) throws IOException {
    String path = examplePath(type);
    try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(path)) {
      if (in == null) {
        fail("No example instance for " + type.getName() + ": add src/test/resources" + path);
      }
      return MecJson.mapper().readTree(in);
    }
  }

  private void checkRecord(Class<?> type) throws IOException {
    JsonNode example = example(type);
    Object value = MecJson.mapper().treeToValue(example, type);

    Set<ConstraintViolation<Object>> violations = validator.validate(value);
    assertThat(violations).as("bean validation of the example of %s", type.getSimpleName()).isEmpty();

    JsonNode written = MecJson.mapper().readTree(MecJson.writeBytes(value));
    assertThat(written).as("%s serialises back to its example (nothing lost, nothing added)", type.getSimpleName())
        .isEqualTo(example);

    for (EtsiSchema schema : ModelTypes.schemasOf(type)) {
      assertThat(SchemaValidation.validate(schema.spec(), schema.name(), written))
          .as("%s against %s#%s", type.getSimpleName(), schema.spec(), schema.name())
          .isEmpty();
    }

    Object again = MecJson.mapper().treeToValue(written, type);
    assertThat(again).as("%s reads back equal", type.getSimpleName()).isEqualTo(value);
    assertThat(again.hashCode()).isEqualTo(value.hashCode());
  }

  private void checkEnum(Class<?> type) throws IOException {
    List<Object> constants = new ArrayList<>(List.of(type.getEnumConstants()));
    constants.removeIf(c -> ((Enum<?>) c).name().equals("UNKNOWN"));
    assertThat(constants).as("%s has values besides UNKNOWN", type.getSimpleName()).isNotEmpty();
    for (Object constant : constants) {
      JsonNode written = MecJson.mapper().valueToTree(constant);
      for (EtsiSchema schema : ModelTypes.schemasOf(type)) {
        assertThat(SchemaValidation.validate(schema.spec(), schema.name(), written))
            .as("%s.%s against %s#%s", type.getSimpleName(), constant, schema.spec(), schema.name())
            .isEmpty();
      }
      assertThat(MecJson.mapper().treeToValue(written, type)).isEqualTo(constant);
    }
    Object unknown = MecJson.mapper().treeToValue(
        constants.get(0) instanceof Enum<?> && MecJson.mapper().valueToTree(constants.get(0)).isNumber()
            ? MecJson.mapper().getNodeFactory().numberNode(250)
            : TextNode.valueOf("SOMETHING_NEW_FROM_A_LATER_VERSION"),
        type);
    assertThat(((Enum<?>) unknown).name()).as("unknown wire value of %s", type.getSimpleName()).isEqualTo("UNKNOWN");
  }
}
