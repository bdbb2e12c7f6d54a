package io.mec4j.platform.spi;

import org.jspecify.annotations.Nullable;

/** Open mode: every request is an {@link Caller.Kind#OPEN} caller. See {@link Authorizer#open()}. */
final class OpenAuthorizer implements Authorizer {

  static final OpenAuthorizer INSTANCE = new OpenAuthorizer();

  private OpenAuthorizer() {}

  @Override
  public Caller authenticate(@Nullable String authorizationHeader) {
    return Caller.open();
  }

  @Override
  public String issueToken(String appInstanceId) {
    return "open-mode-" + appInstanceId;
  }

  @Override
  public String issuePlatformToken() {
    return "open-mode-platform";
  }

  @Override
  public boolean isOpen() {
    return true;
  }
}
