/**
 * Clients of MEC 011 (Mp1): {@link io.mec4j.client.mp1.ServiceMgmtClient} for service management ({@code
 * /mec_service_mgmt/v1}) and {@link io.mec4j.client.mp1.AppSupportClient} for application support ({@code
 * /mec_app_support/v1}).
 *
 * <pre>{@code
 * try (ServiceMgmtClient mp1 = ServiceMgmtClient.builder()
 *         .baseUri(URI.create("https://mep.example/mec_service_mgmt/v1"))
 *         .bearerToken(token).build()) {
 *   List<ServiceInfo> rnis = mp1.getServices(ServiceQuery.bySerName("rnis"));
 * }
 * }</pre>
 */
@NullMarked
package io.mec4j.client.mp1;

import org.jspecify.annotations.NullMarked;
