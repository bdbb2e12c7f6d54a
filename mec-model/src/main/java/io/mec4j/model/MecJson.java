package io.mec4j.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The one JSON configuration shared by every mec4j module, client and server alike.
 *
 * <ul>
 *   <li><b>Tolerant reader:</b> unknown properties are ignored, and an enum value a peer sends that this version does
 *       not know becomes the enum's {@code UNKNOWN} constant instead of failing the whole body.
 *   <li><b>Compact writer:</b> {@code null} components are left out ({@code NON_NULL}); times are ISO-8601 strings.
 *   <li><b>Unwrapped bodies:</b> a {@code ServiceInfo} is written as {@code {"serName":...}}, as in the ETSI
 *       examples, never as {@code {"ServiceInfo":{...}}} (see {@code docs/spec-deviations.md}).
 * </ul>
 *
 * <p>The mapper is configured once and never changed afterwards, so it is safe to share between threads. Callers that
 * need a different configuration should {@link #newMapper() build their own copy} rather than reconfigure the shared one.
 *
 * <pre>{@code
 * ServiceInfo info = MecJson.read(body, ServiceInfo.class);
 * byte[] json = MecJson.writeBytes(info);
 * }</pre>
 */
public final class MecJson {

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectWriter WRITER = MAPPER.writer();

  private MecJson() {}

  /**
   * Builds a new mapper with the mec4j configuration. Use this when you must add modules or features of your own.
   *
   * @return a new, independent mapper
   */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        .build();
  }

  /**
   * The shared mapper. Do not reconfigure it; use {@link #newMapper()} for a private copy.
   *
   * @return the shared, fully configured mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A reader bound to {@code type}; cheap to keep and thread-safe.
   *
   * @param type the target type
   * @return a reader for that type
   */
  public static ObjectReader readerFor(Class<?> type) {
    return MAPPER.readerFor(Objects.requireNonNull(type, "type"));
  }

  /**
   * Reads a JSON document into {@code type}.
   *
   * @param json the document
   * @param type the target type
   * @param <T> the target type
   * @return the value
   * @throws IllegalArgumentException when the JSON is malformed or does not fit the type; the message names the
   *     offending location
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot read " + type.getSimpleName() + " from JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a JSON document into {@code type}.
   *
   * @param json the document, UTF-8
   * @param type the target type
   * @param <T> the target type
   * @return the value
   * @throws IllegalArgumentException when the JSON is malformed or does not fit the type
   */
  public static <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot read " + type.getSimpleName() + " from JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code value} as a compact JSON string.
   *
   * @param value any model value
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Writes {@code value} as compact UTF-8 JSON bytes.
   *
   * @param value any model value
   * @return the JSON bytes
   */
  public static byte[] writeBytes(Object value) {
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }
}
