package io.mec4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mec4j.model.ams.MobilityProcedureNotification;
import io.mec4j.model.ams.MobilityStatus;
import io.mec4j.model.mp1.ServiceInfo;
import io.mec4j.model.mp1.ServiceState;
import io.mec4j.model.common.TransportType;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A peer running a newer spec version can add properties and enum values without breaking us. */
class ToleranceTest {

  @TestFactory
  Stream<DynamicTest> unknownTopLevelProperties_areIgnored() {
    return ModelTypes.selected().stream().filter(Class::isRecord)
        .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
          JsonNode example = SchemaConformanceTest.example(type);
          ObjectNode extended = example.deepCopy();
          extended.put("someFutureAttribute", "x");
          extended.putObject("someFutureObject").put("a", 1).putArray("b").add(true);
          assertThat(MecJson.mapper().treeToValue(extended, type))
              .isEqualTo(MecJson.mapper().treeToValue(example, type));
        }));
  }

  @Test
  void unknownNestedPropertiesAndEnumValues_doNotFailDeserialisation() {
    String json = """
        {"serName":"rnis","version":"2.2.1","state":"HIBERNATING","serializer":"JSON","futureFlag":true,
         "transportInfo":{"id":"t1","name":"REST","type":"QUIC_STREAMS","protocol":"HTTP","version":"3",
           "endpoint":{"uris":["http://mep.example/rni/v2/"],"futureEndpointHint":{"x":1}},"security":{}},
         "_links":{"self":{"href":"http://mep.example/mec_service_mgmt/v1/services/1"},"futureLink":{"href":"x"}}}
        """;

    ServiceInfo info = MecJson.read(json, ServiceInfo.class);

    assertThat(info.state()).isEqualTo(ServiceState.UNKNOWN);
    assertThat(info.transportInfo()).isNotNull();
    assertThat(info.transportInfo().type()).isEqualTo(TransportType.UNKNOWN);
    assertThat(info.transportInfo().endpoint().uris()).containsExactly("http://mep.example/rni/v2/");
    assertThat(info.links().self().href()).isEqualTo("http://mep.example/mec_service_mgmt/v1/services/1");
  }

  @Test
  void unknownNumericEnumCode_becomesUnknown() {
    String json = """
        {"notificationType":"MobilityProcedureNotification","mobilityStatus":42,
         "targetAppInfo":{"appInstanceId":"a1"},
         "associateId":[],"_links":{"subscription":{"href":"http://x/sub/1"}}}
        """;

    MobilityProcedureNotification n = MecJson.read(json, MobilityProcedureNotification.class);

    assertThat(n.mobilityStatus()).isEqualTo(MobilityStatus.UNKNOWN);
  }
}
