package io.mec4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates JSON against one schema of a spec file, with the documented {@link Deviations#patches() patches}
 * applied to the spec's components first. References resolve inside the spec file.
 */
final class SchemaValidation {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().build();
  private static final Map<String, ObjectNode> PATCHED = new ConcurrentHashMap<>();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /** Validation messages of {@code json} against {@code spec}'s schema {@code name}; empty when valid. */
  static Set<String> validate(String spec, String name, JsonNode json) {
    JsonSchema schema = SCHEMAS.computeIfAbsent(spec + "#" + name, k -> build(spec, name));
    return schema.validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }

  static ObjectNode patchedComponents(String spec) {
    return PATCHED.computeIfAbsent(
        spec,
        s -> {
          ObjectNode components = SpecFiles.componentsCopy(s);
          for (Deviations.Patch p : Deviations.patches()) {
            if (p.spec().equals(s)) {
              apply(components, p);
            }
          }
          return components;
        });
  }

  private static void apply(ObjectNode components, Deviations.Patch p) {
    int cut = p.pointer().lastIndexOf('/');
    JsonNode parent = components.at(p.pointer().substring(0, cut));
    if (!(parent instanceof ObjectNode obj)) {
      throw new IllegalStateException("Patch target not found in " + p.spec() + ": " + p.pointer());
    }
    String field = p.pointer().substring(cut + 1).replace("~1", "/").replace("~0", "~");
    if (p.value().isNull()) {
      if (obj.remove(field) == null) {
        throw new IllegalStateException("Patch removes nothing in " + p.spec() + ": " + p.pointer());
      }
    } else {
      obj.set(field, p.value());
    }
  }

  private static JsonSchema build(String spec, String name) {
    ObjectNode components = patchedComponents(spec);
    if (!components.path("schemas").has(name)) {
      throw new IllegalArgumentException("No schema " + name + " in " + spec);
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$ref", "#/components/schemas/" + name);
    root.set("components", components);
    return FACTORY.getSchema(root, CONFIG);
  }
}
