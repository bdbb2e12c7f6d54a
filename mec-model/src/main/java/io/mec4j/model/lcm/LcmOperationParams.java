package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The input of an application LCM operation, as an {@link AppLcmOpOcc} reports it in {@code operationParams}: the
 * request that started the operation.
 *
 * <p>The type follows {@link AppLcmOpOcc#lcmOperation()}: {@link InstantiateAppRequest} for INSTANTIATE,
 * {@link OperateAppRequest} for OPERATE, {@link TerminateAppRequest} for TERMINATE.
 *
 * <pre>{@code
 * if (occ.operationParams() instanceof OperateAppRequest operate) {
 *   AppOperationalState target = operate.changeStateTo();
 * }
 * }</pre>
 *
 * <p>On the wire it is the bare request object. Reading tells the three apart by their attributes, which they do
 * not share; an object that matches none of them (e.g. from a newer version of the spec) reads as {@code null}
 * rather than failing the whole occurrence.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION, defaultImpl = Void.class)
@JsonSubTypes({
  @JsonSubTypes.Type(InstantiateAppRequest.class),
  @JsonSubTypes.Type(OperateAppRequest.class),
  @JsonSubTypes.Type(TerminateAppRequest.class)
})
public sealed interface LcmOperationParams permits InstantiateAppRequest, OperateAppRequest, TerminateAppRequest {}
