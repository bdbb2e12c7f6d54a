package io.mec4j.client.internal;

import io.mec4j.model.MecJson;
import java.net.URI;
import java.util.Collection;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * <b>Not API.</b> One request a client method makes and how its answer is read. Built with {@link
 * HttpTransport#exchange(String, BodyReader)}.
 *
 * @param <T> what the client method returns
 */
public final class Exchange<T> {

  static final MediaType JSON = MediaType.get("application/json");
  private static final String ACCEPT = "application/json, application/problem+json";

  private final Request request;
  private final BodyReader<T> reader;
  private final URI uri;

  private Exchange(Request request, BodyReader<T> reader) {
    this.request = request;
    this.reader = reader;
    this.uri = request.url().uri();
  }

  Request request() {
    return request;
  }

  BodyReader<T> reader() {
    return reader;
  }

  /**
   * The request method.
   *
   * @return e.g. {@code GET}
   */
  public String method() {
    return request.method();
  }

  /**
   * The request URI.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Builds an {@link Exchange}: path segments are appended to the client's base URI and percent-encoded.
   *
   * @param <T> what the client method returns
   */
  public static final class Builder<T> {
    private final String method;
    private final HttpUrl.Builder url;
    private final BodyReader<T> reader;
    private final Request.Builder request = new Request.Builder();
    private @Nullable RequestBody body;

    Builder(String method, HttpUrl base, BodyReader<T> reader) {
      this.method = method;
      this.url = base.newBuilder();
      this.reader = reader;
      request.header("Accept", ACCEPT);
    }

    Builder(String method, URI absolute, BodyReader<T> reader) {
      this.method = method;
      HttpUrl u = HttpUrl.parse(absolute.toString());
      if (u == null) {
        throw new IllegalArgumentException("Not an http or https URI: " + absolute);
      }
      this.url = u.newBuilder();
      this.reader = reader;
      request.header("Accept", ACCEPT);
    }

    /**
     * Appends path segments, each percent-encoded (a {@code /} in a value stays inside its segment).
     *
     * @param segments the segments
     * @return this builder
     */
    public Builder<T> path(String... segments) {
      for (String s : segments) {
        Objects.requireNonNull(s, "path segment");
        if (s.isEmpty()) {
          throw new IllegalArgumentException("An identifier in the path must not be empty");
        }
        url.addPathSegment(s);
      }
      return this;
    }

    /**
     * Adds a query parameter when the value is not {@code null}.
     *
     * @param name the name
     * @param value the value or {@code null}
     * @return this builder
     */
    public Builder<T> query(String name, @Nullable Object value) {
      if (value != null) {
        url.addQueryParameter(name, value instanceof Enum<?> e ? wire(e) : value.toString());
      }
      return this;
    }

    private static String wire(Enum<?> e) {
      return MecJson.mapper().convertValue(e, com.fasterxml.jackson.databind.JsonNode.class).asText();
    }

    /**
     * Adds a query parameter without a value ({@code ?all_fields}) when {@code on}.
     *
     * @param name the name
     * @param on whether to add it
     * @return this builder
     */
    public Builder<T> flag(String name, boolean on) {
      if (on) {
        url.addQueryParameter(name, null);
      }
      return this;
    }

    /**
     * Adds a query parameter once per value ({@code name=a&name=b}).
     *
     * @param name the name
     * @param values the values
     * @return this builder
     */
    public Builder<T> queryEach(String name, Collection<String> values) {
      for (String v : values) {
        url.addQueryParameter(name, v);
      }
      return this;
    }

    /**
     * Adds a request header.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder<T> header(String name, String value) {
      request.header(name, value);
      return this;
    }

    /**
     * Sends {@code value} as the JSON body.
     *
     * @param value a model value
     * @return this builder
     */
    public Builder<T> json(Object value) {
      Objects.requireNonNull(value, "body");
      this.body = RequestBody.create(MecJson.writeBytes(value), JSON);
      return this;
    }

    /**
     * Sends raw bytes as the body.
     *
     * @param bytes the body
     * @param contentType its media type
     * @return this builder
     */
    public Builder<T> bytes(byte[] bytes, String contentType) {
      this.body = RequestBody.create(bytes, MediaType.get(contentType));
      return this;
    }

    /**
     * Sends an empty body (for {@code POST} actions whose request content shall be empty).
     *
     * @return this builder
     */
    public Builder<T> emptyBody() {
      this.body = RequestBody.create(new byte[0], null);
      return this;
    }

    /**
     * The exchange.
     *
     * @return the exchange
     */
    public Exchange<T> build() {
      RequestBody b = body;
      if (b == null && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
        b = RequestBody.create(new byte[0], null);
      }
      return new Exchange<>(request.url(url.build()).method(method, b).build(), reader);
    }
  }
}
