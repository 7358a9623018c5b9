package com.incidentreports.notification;

import java.io.Serializable;
import java.util.List;

/** A person's recent notifications, grouped, and how many of those lines are unread. */
public record NotificationList(int unread, List<NotificationItem> items) implements Serializable {
}
