package io.mec4j.client.internal;

/**
 * <b>Not API.</b> Turns a successful (2xx) {@link Reply} into the value a client method returns.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface BodyReader<T> {

  /**
   * Decodes the answer.
   *
   * @param reply a 2xx answer
   * @return the value
   * @throws io.mec4j.model.error.MecException when the answer cannot be used
   */
  T read(Reply reply);
}
