package com.incidentreports.platform.api;

/** The running build: its version, the commit it was built from and when, ISO-8601 in UTC. */
public record BuildDescription(String version, String commit, String time) {
}
