package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import io.mec4j.model.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Additional service data of an external connection point: the ports it exposes and, where needed, what identifies the
 * service behind them.
 *
 * <p>When the application is realised by OS containers, the values mirror the declarative descriptor of the
 * corresponding MCIO where available.
 *
 * <p>An ETSI GS NFV-IFA 011 information element used by {@link AppExternalCpd}.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema AdditionalServiceData).
 *
 * @param portData the ports exposed by the connection point; at least one
 * @param serviceData service matching information, present only when more is needed to identify the service
 *     termination, e.g. a URL path when several HTTP services share one IP address and port
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "AdditionalServiceData")
public record AdditionalServiceData(
    @JsonProperty("portData") @NotNull @Size(min = 1) List<@Valid ServicePortData> portData,
    @JsonProperty("serviceData") @Nullable String serviceData) {

  /** Copies collections so the record stays immutable. */
  public AdditionalServiceData {
    portData = Copies.list(portData);
  }
}
