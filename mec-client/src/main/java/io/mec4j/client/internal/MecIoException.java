package io.mec4j.client.internal;

import io.mec4j.model.error.MecException;
import java.io.IOException;

/** Carries a {@link MecException} raised inside an OkHttp interceptor (e.g. by a token provider) out of OkHttp. */
final class MecIoException extends IOException {

  private static final long serialVersionUID = 1L;

  private final MecException mecCause;

  MecIoException(MecException cause) {
    super(cause.getMessage(), cause);
    this.mecCause = cause;
  }

  MecException mecCause() {
    return mecCause;
  }
}
