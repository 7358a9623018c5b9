package com.incidentreports.report;

import com.incidentreports.identity.User;
import com.incidentreports.markdown.Markdown;
import com.incidentreports.servicelog.Service;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An incident report in a service's log: the four parts of the write-up and the impact of the incident.
 */
@Entity
@Table(name = "report")
public class Report {

    public static final int TITLE_MAX = 200;
    public static final int SECTION_MAX = 50_000;
    public static final int AFFECTED_USERS_MAX = 2_000;
    public static final int COMPENSATION_MAX = 500;
    /** Room for the safe HTML of a section of {@link #SECTION_MAX} characters, whatever they are. */
    public static final int SECTION_HTML_MAX = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private Service service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;

    @Embedded
    private ImpactWindow impact;

    @Column(name = "users_affected")
    private Long usersAffected;

    @Column(name = "affected_users", length = AFFECTED_USERS_MAX)
    private String affectedUsers;

    @Column(length = COMPENSATION_MAX)
    private String compensation;

    /* The sections with their safe HTML, rendered whenever they change: the report page shows them as they are. */
    @Embedded
    @AttributeOverride(name = "source", column = @Column(name = "incident_md", length = SECTION_MAX))
    @AttributeOverride(name = "html", column = @Column(name = "incident_html", length = SECTION_HTML_MAX))
    private Markdown incident;

    @Embedded
    @AttributeOverride(name = "source", column = @Column(name = "cause_md", length = SECTION_MAX))
    @AttributeOverride(name = "html", column = @Column(name = "cause_html", length = SECTION_HTML_MAX))
    private Markdown cause;

    @Embedded
    @AttributeOverride(name = "source", column = @Column(name = "affected_md", length = SECTION_MAX))
    @AttributeOverride(name = "html", column = @Column(name = "affected_html", length = SECTION_HTML_MAX))
    private Markdown whoWasAffected;

    @Embedded
    @AttributeOverride(name = "source", column = @Column(name = "prevention_md", length = SECTION_MAX))
    @AttributeOverride(name = "html", column = @Column(name = "prevention_html", length = SECTION_HTML_MAX))
    private Markdown prevention;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "report_author",
            joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("displayName")
    private Set<User> authors = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by", nullable = false)
    private User updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Whether only its authors, the people and groups below, and admins see it; for everyone else it does not exist. */
    @Column(nullable = false)
    private boolean restricted;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "report_restricted_user",
            joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("displayName")
    private Set<User> restrictedToPeople = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_restricted_group", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "group_name", length = User.GROUP_MAX)
    @OrderBy
    private Set<String> restrictedToGroups = new TreeSet<>();

    @Version
    private long version;

    protected Report() {
    }

    public Report(Service service, User author, Instant now) {
        this.service = Objects.requireNonNull(service);
        this.authors.add(Objects.requireNonNull(author));
        this.status = ReportStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /** Replaces everything a person writes, as one edit by {@code editor}. */
    public void revise(ReportContent content, Service service, User editor, Instant now) {
        this.title = content.title();
        this.service = Objects.requireNonNull(service);
        this.severity = content.severity();
        this.impact = content.impact();
        this.usersAffected = content.usersAffected();
        this.affectedUsers = content.affectedUsers();
        this.compensation = content.compensation();
        this.incident = Markdown.of(content.incident());
        this.cause = Markdown.of(content.cause());
        this.whoWasAffected = Markdown.of(content.whoWasAffected());
        this.prevention = Markdown.of(content.prevention());
        this.updatedAt = now;
        this.updatedBy = editor;
    }

    /** Makes the report visible to all staff. Publishing again changes nothing; a published report stays so. */
    public void publish(Instant now) {
        if (status != ReportStatus.PUBLISHED) {
            status = ReportStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    public boolean isAuthoredBy(User user) {
        return authors.contains(user);
    }

    /**
     * Lets only its authors, {@code people}, members of {@code groups} and admins see the report from now on. With
     * nobody named, that is its authors and admins.
     */
    public void restrictTo(Set<User> people, Set<String> groups) {
        restricted = true;
        restrictedToPeople.retainAll(people);
        restrictedToPeople.addAll(people);
        restrictedToGroups.retainAll(groups);
        restrictedToGroups.addAll(groups);
    }

    /** Lets everyone who may see the report see it again. */
    public void openToAll() {
        restricted = false;
        restrictedToPeople.clear();
        restrictedToGroups.clear();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Service getService() {
        return service;
    }

    public Severity getSeverity() {
        return severity;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public ImpactWindow getImpact() {
        return impact;
    }

    public Long getUsersAffected() {
        return usersAffected;
    }

    public String getAffectedUsers() {
        return affectedUsers;
    }

    public String getCompensation() {
        return compensation;
    }

    public Markdown getIncident() {
        return Objects.requireNonNullElse(incident, Markdown.NONE);
    }

    public Markdown getCause() {
        return Objects.requireNonNullElse(cause, Markdown.NONE);
    }

    public Markdown getWhoWasAffected() {
        return Objects.requireNonNullElse(whoWasAffected, Markdown.NONE);
    }

    public Markdown getPrevention() {
        return Objects.requireNonNullElse(prevention, Markdown.NONE);
    }

    /** The four sections as safe HTML, as they were rendered when last saved. */
    public RenderedSections getRenderedSections() {
        return new RenderedSections(getIncident().html(), getCause().html(), getWhoWasAffected().html(),
                getPrevention().html());
    }

    public Set<User> getAuthors() {
        return Collections.unmodifiableSet(authors);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public User getUpdatedBy() {
        return updatedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public Set<User> getRestrictedToPeople() {
        return Collections.unmodifiableSet(restrictedToPeople);
    }

    public Set<String> getRestrictedToGroups() {
        return Collections.unmodifiableSet(restrictedToGroups);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Report report && id != null && id.equals(report.id);
    }

    @Override
    public int hashCode() {
        return Report.class.hashCode();
    }
}
