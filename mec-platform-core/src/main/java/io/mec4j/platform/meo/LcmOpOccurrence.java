package io.mec4j.platform.meo;

import io.mec4j.model.common.ProblemDetails;
import io.mec4j.model.lcm.AppLcmOpOcc;
import io.mec4j.model.lcm.LcmOperation;
import io.mec4j.model.lcm.OperationState;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An application LCM operation occurrence: the MEC 010-2 {@code AppLcmOpOcc}, the application instance it acts on,
 * and, once it failed, why. On the wire the error is the {@code error} attribute of the occurrence, as in ETSI NFV
 * SOL 003 {@code VnfLcmOpOcc} (MEC 010-2 has no such attribute; see {@code docs/spec-deviations.md}).
 *
 * @param opOcc the occurrence
 * @param appInstanceId the application instance
 * @param error why the operation failed (state {@code FAILED_TEMP} or {@code FAILED}), else {@code null}
 */
public record LcmOpOccurrence(AppLcmOpOcc opOcc, String appInstanceId, @Nullable ProblemDetails error) {

  /** Checks the components. */
  public LcmOpOccurrence {
    Objects.requireNonNull(opOcc, "opOcc");
    Objects.requireNonNull(appInstanceId, "appInstanceId");
  }

  /**
   * The occurrence id.
   *
   * @return {@code opOcc().id()}
   */
  public String id() {
    return opOcc.id();
  }

  /**
   * The operation state.
   *
   * @return {@code opOcc().operationState()}
   */
  public OperationState state() {
    return opOcc.operationState();
  }

  /**
   * The operation.
   *
   * @return {@code opOcc().lcmOperation()}
   */
  public LcmOperation operation() {
    return opOcc.lcmOperation();
  }

  /**
   * Whether the operation has come to a stop: {@code COMPLETED}, {@code FAILED} or {@code FAILED_TEMP}.
   *
   * @return true when nothing runs any more
   */
  public boolean isSettled() {
    OperationState s = opOcc.operationState();
    return s == OperationState.COMPLETED || s == OperationState.FAILED || s == OperationState.FAILED_TEMP;
  }
}
