package com.incidentreports.notification.web;

import com.incidentreports.notification.NotificationItem;
import com.incidentreports.notification.NotificationList;
import com.incidentreports.notification.NotificationService;
import com.incidentreports.platform.web.Messages;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The bell in the header of every page: the unread count and the list. Loaded by the page after it has shown, so
 * that no page waits for (or pays the statements of) the notifications.
 */
@Named
@ViewScoped
public class NotificationBell implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NotificationService notifications;

    private NotificationList list;

    public void load() {
        list = notifications.recent();
    }

    public boolean isLoaded() {
        return list != null;
    }

    public int getUnread() {
        return list == null ? 0 : list.unread();
    }

    public List<NotificationItem> getItems() {
        return list == null ? List.of() : list.items();
    }

    /** Marks the line read and opens what it is about: the comment on its report's page, or a notice's page. */
    public void open(NotificationItem item) throws IOException {
        notifications.markRead(item.ids());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + item.path());
    }

    public void markAllRead() {
        notifications.markAllRead();
        load();
    }

    /** "Ana", "Ana and Ben", "Ana, Ben and 3 others"; nothing for a notice, which no one did. */
    public String actors(NotificationItem item) {
        List<String> actors = item.actors();
        return switch (actors.size()) {
            case 0 -> "";
            case 1 -> actors.get(0);
            case 2 -> Messages.text("bell.actors.two", actors.get(0), actors.get(1));
            default -> Messages.text("bell.actors.many", actors.get(0), actors.get(1), item.othersCount());
        };
    }
}
