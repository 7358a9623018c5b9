package com.incidentreports.servicelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.text.Normalizer;

/** A production service (e.g. "Slash GraphQL") whose incident log holds its reports. */
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
