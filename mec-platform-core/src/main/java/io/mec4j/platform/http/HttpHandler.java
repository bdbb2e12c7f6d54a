package io.mec4j.platform.http;

/** Handles one routed request. Thrown {@link io.mec4j.model.error.MecServiceException}s become problem replies. */
@FunctionalInterface
public interface HttpHandler {

  /**
   * Handles the call.
   *
   * @param call the request
   * @return the reply
   * @throws Exception any failure; mapped by {@link Problems}
   */
  HttpReply handle(HttpCall call) throws Exception;
}
