package io.mec4j.platform.meo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mec4j.model.MecJson;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.platform.http.HttpCall;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MEC 009 filters and attribute selectors on list resources. */
class AttributeSelectorTest {

  record Item(String name, int size, List<String> tags, Map<String, Object> detail) {}

  static final List<Item> ITEMS = List.of(
      new Item("a,b", 3, List.of("red", "blue"), Map.of("zone", "paris", "extra", Map.of("x", 1))),
      new Item("it's", 10, List.of("green"), Map.of("zone", "lyon", "extra", Map.of("x", 2))),
      new Item("plain", 7, List.of(), Map.of("zone", "paris", "extra", Map.of("x", 3))));

  /** A call whose query is parsed the way the HTTP layer does it (values split at commas). */
  private static HttpCall call(String... params) {
    Map<String, List<String>> q = new java.util.HashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      q.put(params[i], Arrays.asList(params[i + 1].split(",", -1)));
    }
    return new HttpCall("GET", "/x", Map.of(), q, Map.of(), new byte[0]);
  }

  private static List<String> names(JsonNode arr) {
    return java.util.stream.StreamSupport.stream(arr.spliterator(), false).map(n -> n.get("name").asText()).toList();
  }

  @Test
  void filter_operators() {
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(eq,detail/zone,paris)"), "", Set.of())))
        .containsExactly("a,b", "plain");
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(gt,size,5);(lte,size,10)"), "", Set.of())))
        .containsExactly("it's", "plain");
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(in,tags,blue,green)"), "", Set.of())))
        .containsExactly("a,b", "it's");
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(nin,tags,blue,green)"), "", Set.of())))
        .containsExactly("plain");
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(cont,name,lai)"), "", Set.of())))
        .containsExactly("plain");
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(eq,name,'a,b')"), "", Set.of())))
        .containsExactly("a,b");
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(eq,name,'it''s')"), "", Set.of())))
        .containsExactly("it's");
    assertThat(names(AttributeSelector.select(ITEMS, call("filter", "(eq,detail/extra/x,2)"), "", Set.of())))
        .containsExactly("it's");
  }

  @Test
  void filter_syntaxErrors_are400() {
    for (String bad : List.of("eq,name,x", "(eq,name)", "(eq,name,x", "(foo,name,x)", "(eq,/name,x)",
        "(eq,name,x);", "(eq,name,x)(eq,size,1)", "(gt,size,1,2)", "(gt,size,abc)", "(eq,name,'x)")) {
      assertThatThrownBy(() -> AttributeSelector.select(ITEMS, call("filter", bad), "", Set.of()))
          .as(bad).isInstanceOf(MecBadRequestException.class).hasMessageContaining("filter");
    }
  }

  @Test
  void selectors_defaultExcludedFieldsAndAllFields() {
    JsonNode byDefault = AttributeSelector.select(ITEMS, call(), "", Set.of("detail"));
    assertThat(byDefault.get(0).has("detail")).isFalse();
    assertThat(AttributeSelector.select(ITEMS, call("all_fields", ""), "", Set.of("detail")).get(0).has("detail"))
        .isTrue();
    assertThat(AttributeSelector.select(ITEMS, call("fields", "detail"), "", Set.of("detail")).get(0).has("detail"))
        .isTrue();
    JsonNode trimmed = AttributeSelector.select(ITEMS, call("exclude_fields", "tags,detail/extra"), "", Set.of());
    assertThat(trimmed.get(0).has("tags")).isFalse();
    assertThat(trimmed.get(0).get("detail").has("extra")).isFalse();
    assertThat(trimmed.get(0).get("detail").has("zone")).isTrue();
    assertThat(AttributeSelector.select(ITEMS, call("fields1", "detail"), "1", Set.of("detail")).get(0).has("detail"))
        .isTrue();
    assertThatThrownBy(() -> AttributeSelector.select(ITEMS, call("all_fields", "", "fields", "x"), "", Set.of()))
        .isInstanceOf(MecBadRequestException.class);
    assertThat(MecJson.write(AttributeSelector.select(List.of(), call(), "", Set.of()))).isEqualTo("[]");
  }
}
