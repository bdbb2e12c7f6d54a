package io.mec4j.platform.http;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.mec4j.model.MecJson;
import io.mec4j.model.error.MecBadRequestException;
import io.mec4j.platform.internal.BeanValidation;
import java.io.IOException;

/**
 * Reads request bodies strictly: well-formed JSON, the right JSON types (no {@code "5"} for a number or {@code 5}
 * for a string), enum values this version knows, then every bean-validation constraint, all violations reported in one 400. Unknown properties are
 * still ignored (tolerant reader).
 */
public final class JsonBodies {

  private static final ObjectMapper STRICT = strictMapper();

  private JsonBodies() {}

  private static ObjectMapper strictMapper() {
    ObjectMapper m = MecJson.newMapper().rebuild()
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
        LogicalType.Float, LogicalType.Enum}) {
      m.coercionConfigFor(t)
          .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer || t == LogicalType.Float
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    return m;
  }

  /**
   * Reads and validates a body.
   *
   * @param call the request
   * @param type the body type
   * @param <T> the body type
   * @return the valid body
   * @throws MecBadRequestException when the body is missing, malformed, of wrong types or invalid
   */
  public static <T> T read(HttpCall call, Class<T> type) {
    if (call.body().length == 0) {
      throw new MecBadRequestException("Request body is required: send a JSON " + type.getSimpleName());
    }
    return parse(call.body(), type, "Body");
  }

  /**
   * Reads and validates JSON that did not come as a request body (e.g. a document inside an uploaded archive), with
   * the same strictness as {@link #read(HttpCall, Class)}.
   *
   * @param json the JSON bytes
   * @param type the value type
   * @param what how to name the document in messages, e.g. {@code APPD/appd.json}
   * @param <T> the value type
   * @return the valid value
   * @throws MecBadRequestException when the JSON is malformed, of wrong types or invalid; the message names
   *     {@code what} and every violation
   */
  public static <T> T parse(byte[] json, Class<T> type, String what) {
    T value;
    try {
      value = STRICT.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MecBadRequestException(problemText(e, type, what));
    } catch (IOException e) {
      throw new MecBadRequestException("Cannot read " + (what.equals("Body") ? "the request body" : what) + ": "
          + e.getMessage());
    }
    if (value == null) {
      throw new MecBadRequestException((what.equals("Body") ? "Request body" : what) + " must be a JSON "
          + type.getSimpleName() + ", not null");
    }
    BeanValidation.check(value, type.getSimpleName());
    return value;
  }

  private static String problemText(com.fasterxml.jackson.core.JsonProcessingException e, Class<?> type,
      String what) {
    if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
      return (what.equals("Body") ? "" : what + ": ") + "Malformed JSON: " + e.getOriginalMessage();
    }
    StringBuilder path = new StringBuilder();
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme) {
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : jme.getPath()) {
        if (r.getFieldName() != null) {
          if (path.length() > 0) {
            path.append('.');
          }
          path.append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
    }
    String msg = e.getOriginalMessage();
    if (msg != null) {
      int cut = msg.indexOf('\n');
      if (cut > 0) {
        msg = msg.substring(0, cut);
      }
      if (msg.length() > 240) {
        msg = msg.substring(0, 240) + "...";
      }
    }
    return what + " is not a valid " + type.getSimpleName() + (path.length() > 0 ? " at " + path : "") + ": " + msg;
  }
}
