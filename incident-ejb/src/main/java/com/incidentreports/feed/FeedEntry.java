package com.incidentreports.feed;

import java.time.Instant;
import java.util.List;

/** One published report as an entry of a feed: part 1 as safe HTML is its summary; null when part 1 is empty. */
public record FeedEntry(long id, String title, String serviceName, String serviceSlug, Instant publishedAt,
                        Instant updatedAt, String incidentHtml, List<String> authors) {
}
