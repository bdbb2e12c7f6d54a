package io.mec4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mec4j.model.common.LinkType;
import io.mec4j.model.common.ProblemDetails;
import org.junit.jupiter.api.Test;

class MecJsonTest {

  @Test
  void write_leavesOutNullComponents() {
    ProblemDetails p = ProblemDetails.of(400, "Bad request", "serName is required");

    assertThat(MecJson.write(p)).isEqualTo("{\"title\":\"Bad request\",\"status\":400,\"detail\":\"serName is required\"}");
  }

  @Test
  void read_bareObject_notWrappedInTypeName() {
    LinkType link = MecJson.read("{\"href\":\"http://mep/x\"}", LinkType.class);

    assertThat(link.href()).isEqualTo("http://mep/x");
  }

  @Test
  void read_malformedJson_throwsIllegalArgumentNamingTheType() {
    assertThatThrownBy(() -> MecJson.read("{\"href\":", LinkType.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot read LinkType");
  }

  @Test
  void read_wrongType_throwsIllegalArgument() {
    assertThatThrownBy(() -> MecJson.read("{\"status\":\"four hundred\"}", ProblemDetails.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ProblemDetails");
  }
}
