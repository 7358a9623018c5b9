package com.incidentreports.identity;

/**
 * Fired (as a CDI event) whenever what a person may do changes: a role granted or taken back, the account
 * deactivated or reactivated. Signed-in sessions pick the change up at their next request.
 */
public record AccessChanged(String username) {
}
