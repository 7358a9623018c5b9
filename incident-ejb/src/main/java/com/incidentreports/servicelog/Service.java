package com.incidentreports.servicelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.incidentreports.identity.User;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import java.text.Normalizer;

/**
 * A production service (e.g. "Slash GraphQL") whose incident log holds its reports. Admins rename it (its slug, the
 * address of its log, stays), name its owners, and archive it: an archived service's log stays readable but takes no
 * new reports.
 */
@Entity
@Table(name = "service")
public class Service {

    public static final int NAME_MAX = 120;
    public static final int SLUG_MAX = 80;
    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_seq")
    @SequenceGenerator(name = "service_seq", sequenceName = "service_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false, unique = true, length = SLUG_MAX)
    private String slug;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "service_owner", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> owners = new LinkedHashSet<>();

    @Version
    private long version;

    protected Service() {
    }

    public Service(String name, String description, Instant createdAt) {
        this.name = Objects.requireNonNull(name).strip();
        this.slug = slugOf(this.name);
        this.description = description;
        this.createdAt = createdAt;
    }

    /** The URL form of a name: "Slash GraphQL" becomes "slash-graphql". */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > SLUG_MAX ? slug.substring(0, SLUG_MAX).replaceAll("-+$", "") : slug;
    }

    /** A new name; the slug stays, so every link to the log keeps working. */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
    }

    public void describe(String newDescription) {
        this.description = newDescription;
    }

    /** Keeps the first archiving's time when archived again. */
    public void archive(Instant now) {
        if (archivedAt == null) {
            archivedAt = now;
        }
    }

    public void unarchive() {
        archivedAt = null;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public void replaceOwners(Collection<User> newOwners) {
        owners.clear();
        owners.addAll(newOwners);
    }

    public Set<User> getOwners() {
        return owners;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Service service && id != null && id.equals(service.id);
    }

    @Override
    public int hashCode() {
        return Service.class.hashCode();
    }
}
