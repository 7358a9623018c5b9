package com.incidentreports.identity;

import com.incidentreports.platform.Language;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who has signed in at least once. Created from the authenticated principal on first sign-in; this is
 * the record single sign-on fills from the identity provider's claims. It also keeps what the person may do: the
 * roles granted in the application (by an admin or an invitation), the groups their identity provider gave them at
 * their last sign-in, and whether the account is active. Any change of these changes {@link #getVersion()}, which
 * signed-in sessions compare against to pick the change up.
 */
@Entity
@Table(name = "app_user")
public class User {

    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int GROUP_MAX = 200;

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

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "sign_in_path", length = 8)
    private SignInPath signInPath;

    /** The language the person chose to read in; null: their browser's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 8)
    private Language language;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    private Set<String> grantedRoles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "user_group", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "group_name", length = GROUP_MAX)
    private Set<String> groups = new HashSet<>();

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

    /** The language the person chose to read in, or null when their browser's languages decide. */
    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
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

    public void signedIn(Instant when, SignInPath path) {
        this.lastSignInAt = when;
        this.signInPath = path;
    }

    /** How the person last signed in, which says how their groups map to roles; null before their first sign-in. */
    public SignInPath getSignInPath() {
        return signInPath;
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    /** The person can no longer sign in, and signed-in sessions end; everything they wrote stays. */
    public void deactivate(Instant when) {
        if (deactivatedAt == null) {
            deactivatedAt = when;
        }
    }

    public void reactivate() {
        deactivatedAt = null;
    }

    /** Roles granted in the application, on top of the ones their identity provider's groups give. */
    public Set<String> getGrantedRoles() {
        return Set.copyOf(grantedRoles);
    }

    /** Gives {@code role}; false if the person already had it. */
    public boolean grant(String role) {
        if (!Roles.isGrantable(role)) {
            throw new IllegalArgumentException("Not a role that can be granted: " + role);
        }
        return grantedRoles.add(role);
    }

    /** Takes back a granted {@code role}; false if it was not granted here. */
    public boolean revoke(String role) {
        return grantedRoles.remove(role);
    }

    /** The groups the identity provider (or the local registry) gave at the last sign-in. */
    public Set<String> getGroups() {
        return Set.copyOf(groups);
    }

    /** Keeps the groups of this sign-in, replacing the last ones; names too long to keep are left out. */
    public void rememberGroups(Set<String> current) {
        Set<String> kept = new HashSet<>();
        for (String group : current) {
            if (group != null && !group.isBlank() && group.length() <= GROUP_MAX) {
                kept.add(group);
            }
        }
        if (!kept.equals(groups)) {
            groups.clear();
            groups.addAll(kept);
        }
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
