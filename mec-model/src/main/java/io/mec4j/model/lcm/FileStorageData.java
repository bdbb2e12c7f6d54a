package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The {@code FileStorageData} data type of ETSI GS MEC 010-2.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema FileStorageData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema FileStorageData).
 *
 * @param sizeOfStorage Size of virtualized storage resource in GB.
 * @param fileSystemProtocol The shared file system protocol (e.g. NFS, CIFS).
 * @param intVirtualLinkDesc Reference of the internal VLD which this file storage connects to.
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "FileStorageData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "FileStorageData")
public record FileStorageData(
    @JsonProperty("sizeOfStorage") @Nullable Double sizeOfStorage,
    @JsonProperty("fileSystemProtocol") @Nullable String fileSystemProtocol,
    @JsonProperty("intVirtualLinkDesc") @Valid @Nullable VnfVirtualLinkDesc intVirtualLinkDesc) {
}
