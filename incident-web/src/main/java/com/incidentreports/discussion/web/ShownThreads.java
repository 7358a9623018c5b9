package com.incidentreports.discussion.web;

import com.incidentreports.discussion.CommentView;
import com.incidentreports.discussion.Discussion;
import com.incidentreports.discussion.DiscussionService;
import com.incidentreports.platform.NotFoundException;

import java.util.ArrayList;
import java.util.List;

/** The pages of threads a report page shows, their comments in the order shown, and the newest conversation below. */
record ShownThreads(List<Discussion> pages, List<CommentView> entries, Discussion newest) {

    ShownThreads(List<Discussion> pages, Discussion newest) {
        this(pages, pages.stream().flatMap(page -> page.entries().stream()).toList(), newest);
    }

    /**
     * The first {@code pageCount} pages of report {@code reportId}'s threads, and its newest conversation when
     * {@code showNewest} and those pages do not reach it; none when the report cannot be seen.
     */
    static ShownThreads read(DiscussionService discussions, long reportId, int pageCount, boolean showNewest) {
        List<Discussion> pages = new ArrayList<>();
        try {
            int first = 0;
            for (int page = 0; page < pageCount; page++) {
                Discussion read = discussions.discussion(reportId, first, DiscussionService.PAGE_SIZE);
                pages.add(read);
                if (!read.hasMore()) {
                    break;
                }
                first = read.first() + read.threads().size();
            }
            Discussion last = pages.get(pages.size() - 1);
            return new ShownThreads(pages, showNewest && last.hasMore()
                    ? discussions.discussion(reportId, (int) last.total() - 1, 1) : null);
        } catch (NotFoundException e) {
            return new ShownThreads(List.of(), null);
        }
    }
}
