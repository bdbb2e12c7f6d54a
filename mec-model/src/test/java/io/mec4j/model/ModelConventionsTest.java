package io.mec4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The house rules of STYLE.md "Model types", checked on every model type rather than trusted. */
class ModelConventionsTest {

  @TestFactory
  Stream<DynamicTest> everyComponent_namesItsJsonProperty() {
    return records().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
      for (RecordComponent c : type.getRecordComponents()) {
        JsonProperty p = type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
        assertThat(p).as("%s.%s has @JsonProperty", type.getSimpleName(), c.getName()).isNotNull();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEnum_hasUnknownFallback() {
    return ModelTypes.all().stream().filter(Class::isEnum)
        .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () ->
            assertThat(Stream.of(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())).contains("UNKNOWN")));
  }

  @TestFactory
  Stream<DynamicTest> largeRecords_haveBuilderAndToBuilderThatRoundTrip() {
    return records().filter(type -> type.getRecordComponents().length > 3)
        .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
          Object value = MecJson.mapper().treeToValue(SchemaConformanceTest.example(type), type);
          Method toBuilder = type.getMethod("toBuilder");
          Object builder = toBuilder.invoke(value);
          Object rebuilt = builder.getClass().getMethod("build").invoke(builder);
          assertThat(rebuilt).isEqualTo(value);
          Object empty = type.getMethod("builder").invoke(null);
          assertThat(empty.getClass().getMethod("build").invoke(empty)).isNotNull();
        }));
  }

  @TestFactory
  Stream<DynamicTest> collectionComponents_areUnmodifiable() {
    return records().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
      Object value = MecJson.mapper().treeToValue(SchemaConformanceTest.example(type), type);
      for (RecordComponent c : type.getRecordComponents()) {
        Object v = c.getAccessor().invoke(value);
        if (v instanceof Collection<?> col) {
          assertThatThrownBy(() -> col.clear()).as("%s.%s", type.getSimpleName(), c.getName())
              .isInstanceOf(UnsupportedOperationException.class);
        } else if (v instanceof Map<?, ?> map) {
          assertThatThrownBy(() -> map.clear()).as("%s.%s", type.getSimpleName(), c.getName())
              .isInstanceOf(UnsupportedOperationException.class);
        }
      }
    }));
  }

  private static Stream<Class<?>> records() {
    return ModelTypes.selected().stream().filter(Class::isRecord);
  }
}
