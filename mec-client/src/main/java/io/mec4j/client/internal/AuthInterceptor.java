package io.mec4j.client.internal;

import io.mec4j.client.TokenProvider;
import io.mec4j.model.error.MecException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the bearer token; on 401 invalidates it and repeats the request once with a fresh one. */
final class AuthInterceptor implements Interceptor {

  private final TokenProvider tokens;

  AuthInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String token = token();
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401) {
      return response;
    }
    try {
      tokens.invalidate(token);
    } catch (MecException e) {
      response.close();
      throw new MecIoException(e);
    }
    String fresh = token();
    if (fresh.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, fresh));
  }

  private String token() throws MecIoException {
    try {
      return tokens.token();
    } catch (MecException e) {
      throw new MecIoException(e);
    }
  }

  private static Request withToken(Request r, String token) {
    return r.newBuilder().header("Authorization", "Bearer " + token).build();
  }
}
