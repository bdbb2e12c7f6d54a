package io.mec4j.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import io.mec4j.client.ETagged;
import io.mec4j.client.MecClientException;
import io.mec4j.model.MecJson;
import java.io.IOException;
import java.util.List;

/** <b>Not API.</b> The {@link BodyReader}s the clients use. */
public final class Readers {

  @SuppressWarnings("NullAway") // Void bodies are null by definition
  private static final BodyReader<Void> NONE = r -> null;

  private Readers() {}

  /**
   * Reads the body as JSON of {@code type}.
   *
   * @param type the record type
   * @param <T> the type
   * @return the reader
   */
  public static <T> BodyReader<T> json(Class<T> type) {
    ObjectReader reader = MecJson.mapper().readerFor(type);
    String name = type.getSimpleName();
    return r -> decode(r, reader, name);
  }

  /**
   * Reads the body as a JSON array of {@code type}.
   *
   * @param type the element type
   * @param <T> the type
   * @return the reader
   */
  public static <T> BodyReader<List<T>> jsonList(Class<T> type) {
    JavaType listType = MecJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
    ObjectReader reader = MecJson.mapper().readerFor(listType);
    String name = "list of " + type.getSimpleName();
    return r -> {
      List<T> list = decode(r, reader, name);
      return List.copyOf(list);
    };
  }

  /**
   * Reads JSON of {@code type} together with the {@code ETag} header.
   *
   * @param type the record type
   * @param <T> the type
   * @return the reader
   */
  public static <T> BodyReader<ETagged<T>> jsonWithETag(Class<T> type) {
    BodyReader<T> body = json(type);
    return r -> new ETagged<>(body.read(r), r.header("etag"));
  }

  /**
   * Ignores the body (204 and 202 answers).
   *
   * @return the reader, giving {@code null}
   */
  public static BodyReader<Void> none() {
    return NONE;
  }

  /**
   * The raw body bytes.
   *
   * @return the reader
   */
  public static BodyReader<byte[]> bytes() {
    return Reply::body;
  }

  /**
   * Decodes a reply with a Jackson reader; a body that does not fit becomes a {@link MecClientException}.
   *
   * @param r the reply
   * @param reader the Jackson reader
   * @param what the expected content, for the message
   * @param <T> the type
   * @return the value
   */
  public static <T> T decode(Reply r, ObjectReader reader, String what) {
    if (r.body().length == 0) {
      throw new MecClientException(r.method() + " " + r.uri() + " answered " + r.status() + " with an empty body"
          + " where a " + what + " was expected: check that the base URI points at the right MEC API", r.method(),
          r.uri(), null);
    }
    try {
      T value = reader.readValue(r.body());
      if (value == null) {
        throw new IOException("the body is JSON null");
      }
      return value;
    } catch (IOException e) {
      String snippet = r.text();
      if (snippet.length() > 200) {
        snippet = snippet.substring(0, 200) + "...";
      }
      throw new MecClientException(r.method() + " " + r.uri() + " answered " + r.status() + " with a body that is not"
          + " a valid " + what + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "): check that the base URI"
          + " points at the right MEC API. Body: " + snippet, r.method(), r.uri(), e);
    }
  }
}
