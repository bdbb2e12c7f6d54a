package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import org.jspecify.annotations.Nullable;

/**
 * The size of an object storage resource.
 *
 * <p>An ETSI GS NFV-IFA 011 information element.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema ObjectStorageData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema ObjectStorageData).
 *
 * @param maxSizeOfStorage the maximum size of the storage in GB
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "ObjectStorageData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "ObjectStorageData")
public record ObjectStorageData(
    @JsonProperty("maxSizeOfStorage") @Nullable Double maxSizeOfStorage) {
}
