package io.mec4j.platform.http;

import io.mec4j.model.MecJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a binding answers: status, headers and body bytes.
 *
 * @param status the HTTP status
 * @param contentType the body's content type, or {@code null} without a body
 * @param headers extra headers such as {@code Location} and {@code ETag}
 * @param body the body, empty for none
 */
public record HttpReply(int status, @Nullable String contentType, Map<String, String> headers, byte[] body) {

  /** JSON bodies. */
  public static final String JSON = "application/json";

  /** RFC 7807 problem bodies. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private static final byte[] EMPTY = new byte[0];

  /** Copies the headers. */
  public HttpReply {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /**
   * 200 with a JSON body.
   *
   * @param value serialised with {@link MecJson}
   * @return the reply
   */
  public static HttpReply ok(Object value) {
    return json(200, value);
  }

  /**
   * 200 with JSON bytes already serialised (e.g. cached).
   *
   * @param json the body
   * @return the reply
   */
  public static HttpReply okBytes(byte[] json) {
    return new HttpReply(200, JSON, Map.of(), json);
  }

  /**
   * A JSON body with a status.
   *
   * @param status the status
   * @param value serialised with {@link MecJson}
   * @return the reply
   */
  public static HttpReply json(int status, Object value) {
    return new HttpReply(status, JSON, Map.of(), MecJson.writeBytes(value));
  }

  /**
   * 201 Created with the new resource and its {@code Location}.
   *
   * @param location the resource URI
   * @param value the resource
   * @return the reply
   */
  public static HttpReply created(String location, Object value) {
    return new HttpReply(201, JSON, Map.of("Location", location), MecJson.writeBytes(value));
  }

  /**
   * 204 No Content.
   *
   * @return the reply
   */
  public static HttpReply noContent() {
    return new HttpReply(204, null, Map.of(), EMPTY);
  }

  /**
   * This reply with one more header.
   *
   * @param name the header name
   * @param value the value
   * @return a new reply
   */
  public HttpReply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new HttpReply(status, contentType, h, body);
  }
}
