package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ObjectStorageData} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ObjectStorageData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ObjectStorageData).
 *
 * @param maxSizeOfStorage Maximum size of virtualized storage resource in GB.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ObjectStorageData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ObjectStorageData")
public record ObjectStorageData(
    @JsonProperty("maxSizeOfStorage") @Nullable Double maxSizeOfStorage) {
}
