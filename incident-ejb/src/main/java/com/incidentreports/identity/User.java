package com.incidentreports.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who has signed in at least once. Created from the authenticated principal on first sign-in; this is
 * the record single sign-on fills from the identity provider's claims.
 */
@Entity
@Table(name = "app_user")
public class User {

    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String displayName, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.createdAt = now;
        this.lastSignInAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Takes the name and email address the identity provider gives; a missing name keeps the one we have. */
    public void describe(String displayName, String email) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = truncate(displayName.strip(), DISPLAY_NAME_MAX);
        }
        this.email = email == null || email.isBlank() ? null : truncate(email.strip(), EMAIL_MAX);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public void signedIn(Instant when) {
        this.lastSignInAt = when;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof User user && id != null && id.equals(user.id);
    }

    @Override
    public int hashCode() {
        return User.class.hashCode();
    }
}
