package org.paraph.workflows.application;

/** Where a participant's request came from, for the audit trail. */
public record RequestOrigin(String clientIp, String userAgent) {}
