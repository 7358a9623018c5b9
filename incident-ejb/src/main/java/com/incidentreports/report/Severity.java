package com.incidentreports.report;

/**
 * How bad an incident was. The short meaning of each level lives in the message bundle
 * ({@code severity.SEV1.meaning}), so pages can say it in the viewer's language.
 */
public enum Severity {
    /** Critical: the service is down or data is lost for many users. */
    SEV1,
    /** Major: a core feature is broken for many users, no workaround. */
    SEV2,
    /** Minor: a feature is degraded or broken for some users, a workaround exists. */
    SEV3,
    /** Low: cosmetic or limited impact, few users noticed. */
    SEV4
}
