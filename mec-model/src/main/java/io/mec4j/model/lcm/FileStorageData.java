package io.mec4j.model.lcm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mec4j.model.EtsiSchema;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * The size, protocol and network of a shared file storage resource.
 *
 * <p>An ETSI GS NFV-IFA 011 information element; both files embed the internal virtual link descriptor where ETSI GS
 * NFV-IFA 011 references it by identifier.
 * <p>Schema: ETSI GS MEC 010-2 (MEC010-2_AppLcm.yaml, schema FileStorageData), ETSI GS MEC 010-2 (MEC010-2_AppPkgMgmt.yaml, schema FileStorageData).
 *
 * @param sizeOfStorage size of the storage in GB
 * @param fileSystemProtocol the shared file system protocol, e.g. {@code NFS} or {@code CIFS}
 * @param intVirtualLinkDesc the internal virtual link the file storage is reached through
 */
@EtsiSchema(spec = "MEC010-2_AppPkgMgmt", name = "FileStorageData")
@EtsiSchema(spec = "MEC010-2_AppLcm", name = "FileStorageData")
public record FileStorageData(
    @JsonProperty("sizeOfStorage") @Nullable Double sizeOfStorage,
    @JsonProperty("fileSystemProtocol") @Nullable String fileSystemProtocol,
    @JsonProperty("intVirtualLinkDesc") @Valid @Nullable VnfVirtualLinkDesc intVirtualLinkDesc) {
}
