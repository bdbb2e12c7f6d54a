package io.mec4j.platform.spi;

/**
 * One call the platform made to a recording data plane or DNS backend.
 *
 * @param activate true for activate, false for deactivate
 * @param appInstanceId the owning application instance
 * @param ruleId the rule id
 */
public record RuleCall(boolean activate, String appInstanceId, String ruleId) {}
