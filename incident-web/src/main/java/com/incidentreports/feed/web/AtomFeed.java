package com.incidentreports.feed.web;

import com.incidentreports.feed.FeedEntry;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Published reports as an Atom feed (RFC 4287), written by Rome: each entry links to its report page, carries part 1
 * (safe HTML) as its summary, its authors and its service as a category. The feed's id and self link are its address
 * without any token; the newest change of its entries is when it was updated.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml";

    private AtomFeed() {
    }

    /** The feed at {@code address} (absolute), titled {@code title}, of {@code entries}; links lead to {@code base}. */
    static String write(String base, String address, String title, String author, List<FeedEntry> entries) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(address);
        feed.setTitle(title);
        feed.setUpdated(Date.from(updated(entries)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", base + "/")));
        feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, address)));
        feed.setAuthors(List.of(person(author)));
        feed.setEntries(entries.stream().map(entry -> entry(base, entry)).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("An Atom feed of valid entries could not be written", e);
        }
    }

    /** When the newest of {@code entries} last changed; the epoch for a feed without any. */
    static Instant updated(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    private static Entry entry(String base, FeedEntry report) {
        String page = base + "/reports/" + report.id();
        Entry entry = new Entry();
        entry.setId(page);
        entry.setTitle(report.title());
        entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
        entry.setPublished(Date.from(report.publishedAt()));
        entry.setUpdated(Date.from(report.updatedAt()));
        entry.setAuthors(report.authors().stream().map(AtomFeed::person).toList());
        Category service = new Category();
        service.setTerm(report.serviceSlug());
        service.setLabel(report.serviceName());
        entry.setCategories(List.of(service));
        if (report.incidentHtml() != null) {
            Content summary = new Content();
            summary.setType(Content.HTML);
            summary.setValue(report.incidentHtml());
            entry.setSummary(summary);
        }
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }
}
