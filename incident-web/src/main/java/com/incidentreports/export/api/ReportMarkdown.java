package com.incidentreports.export.api;

import com.incidentreports.export.ReportDocument;
import com.incidentreports.markdown.Markdown;

import java.util.regex.Pattern;

/**
 * A report as one Markdown page, as a wiki imports it: the title as the page's heading, a line of who and when,
 * the impact as a list, the four parts as written (their own Markdown, under a heading each), and the follow-up
 * actions as a table with owner, status and due date. Text that is not Markdown (titles, names, the impact's
 * fields) is escaped, so that it reads as typed.
 */
final class ReportMarkdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|!~])");
    /** What would start a list at the start of a line: a dash or plus, or a number and a dot. */
    private static final Pattern BULLET_START = Pattern.compile("^([-+])");
    private static final Pattern NUMBER_START = Pattern.compile("^(\\d+)([.)])");
    private static final String[] SECTIONS = {"incident", "cause", "affected", "prevention"};

    private ReportMarkdown() {
    }

    /** The page; {@code link} is the report page's address. */
    static String write(ReportDocument report, String link) {
        StringBuilder page = new StringBuilder();
        page.append("# ").append(inline(report.title())).append("\n\n");
        page.append(paragraph(ExportText.byline(report))).append("\n\n");
        page.append("## ").append(inline(ExportText.label("report.impact"))).append("\n\n");
        for (String[] field : ExportText.impact(report)) {
            page.append("- **").append(inline(field[0])).append(":** ").append(inline(field[1])).append('\n');
        }
        page.append('\n').append(paragraph(ExportText.zone())).append("\n\n");
        Markdown[] texts = {report.incident(), report.cause(), report.whoWasAffected(), report.prevention()};
        for (int i = 0; i < SECTIONS.length; i++) {
            page.append("## ").append(inline(ExportText.label("report.section." + SECTIONS[i]))).append("\n\n");
            String source = texts[i].source();
            page.append(source == null ? "*" + inline(ExportText.label("report.section.empty")) + "*"
                    : source.strip()).append("\n\n");
        }
        page.append("## ").append(inline(ExportText.label("actions.title"))).append("\n\n");
        if (report.actions().isEmpty()) {
            page.append(paragraph(ExportText.label("export.actions.none"))).append("\n\n");
        } else {
            page.append(paragraph(ExportText.label("actions.summary", report.verifiedActions(),
                    report.countedActions()))).append("\n\n");
            page.append("| ").append(inline(ExportText.label("export.actions.action")))
                    .append(" | ").append(inline(ExportText.label("export.actions.owner")))
                    .append(" | ").append(inline(ExportText.label("export.actions.status")))
                    .append(" | ").append(inline(ExportText.label("export.actions.due"))).append(" |\n");
            page.append("| --- | --- | --- | --- |\n");
            for (ReportDocument.Action action : report.actions()) {
                page.append("| ").append(inline(action.title()))
                        .append(" | ").append(inline(ExportText.owner(action)))
                        .append(" | ").append(inline(ExportText.status(action.status())))
                        .append(" | ").append(inline(ExportText.day(action.dueDate()))).append(" |\n");
            }
            page.append('\n');
        }
        page.append("---\n\n").append(paragraph(ExportText.label("export.source"))).append(" <").append(link)
                .append(">\n");
        return page.toString();
    }

    /** Plain text as Markdown that shows it as it is, on one line, within a line (a heading, a list item, a cell). */
    static String inline(String text) {
        return SPECIAL.matcher(text.strip().replaceAll("\\s*\\R\\s*", " ")).replaceAll("\\\\$1");
    }

    /** Plain text as a paragraph of its own: not read as the start of a list either. */
    static String paragraph(String text) {
        String escaped = BULLET_START.matcher(inline(text)).replaceFirst("\\\\$1");
        return NUMBER_START.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
