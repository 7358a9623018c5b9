package com.incidentreports.export.api;

import com.incidentreports.export.ReportDocument;
import com.incidentreports.markdown.Markdown;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A report as a print-quality PDF (A4): the same content as the Markdown export, laid out in the product's neutral
 * style, from the sections' sanitised HTML; written by openhtmltopdf. Text is set in DejaVu Sans where the system
 * has it (it covers far more scripts than the PDF's built-in Helvetica), else in Helvetica.
 */
final class ReportPdf {

    static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT_DIRECTORY = "/usr/share/fonts/truetype/dejavu/";
    private static final String FONT = "DejaVu Sans";
    private static final String[] SECTIONS = {"incident", "cause", "affected", "prevention"};
    private static final String STYLE = """
            @page { size: A4; margin: 22mm 18mm 20mm 18mm;
                @bottom-left { content: element(footer); }
                @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #5f6b7a; } }
            body { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 10pt; line-height: 1.45;
                color: #1f2933; }
            #footer { position: running(footer); font-size: 8pt; color: #5f6b7a; }
            .brand { font-size: 8.5pt; color: #5f6b7a; letter-spacing: .04em; margin-bottom: 6mm; }
            .mark { background: #ef4444; color: #fff; border-radius: 3px; padding: 1px 4px; font-weight: bold;
                margin-right: 4px; }
            h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 2mm 0; }
            .byline { color: #5f6b7a; font-size: 9pt; margin: 0 0 6mm 0; }
            .chip { border-radius: 8px; padding: 1px 6px; font-size: 8pt; font-weight: bold; }
            .SEV1 { background: #fee2e2; color: #b91c1c; } .SEV2 { background: #ffedd5; color: #c2410c; }
            .SEV3 { background: #fef9c3; color: #a16207; } .SEV4 { background: #f3f4f6; color: #4b5563; }
            h2 { font-size: 12.5pt; margin: 6mm 0 2mm 0; padding-bottom: 1mm; border-bottom: 0.5pt solid #e3e8ef;
                page-break-after: avoid; }
            .impact { border: 0.5pt solid #e3e8ef; border-radius: 4px; background: #f5f7fa; padding: 3mm 4mm;
                page-break-inside: avoid; }
            .impact h2 { margin-top: 0; border: none; }
            .impact table { width: 100%; border-collapse: collapse; }
            .impact th { text-align: left; font-weight: normal; color: #5f6b7a; width: 32%; padding: 1mm 0;
                vertical-align: top; }
            .impact td { padding: 1mm 0; vertical-align: top; }
            .zone { font-size: 8pt; color: #5f6b7a; margin: 2mm 0 0 0; }
            .empty { color: #5f6b7a; font-style: italic; }
            .markdown p { margin: 0 0 2mm 0; }
            .markdown li { page-break-inside: avoid; }
            .markdown code { font-family: 'DejaVu Sans Mono', Courier, monospace; font-size: 9pt;
                background: #f1f5f9; }
            .markdown pre { background: #f1f5f9; padding: 2mm 3mm; white-space: pre-wrap; }
            .markdown blockquote { border-left: 2pt solid #e3e8ef; margin: 2mm 0; padding: 0 3mm; color: #5f6b7a; }
            .markdown table, table.actions { border-collapse: collapse; width: 100%; }
            .markdown th, .markdown td { border: 0.5pt solid #e3e8ef; padding: 1mm 2mm; }
            table.actions { -fs-table-paginate: paginate; margin-top: 2mm; }
            table.actions th { text-align: left; font-size: 8.5pt; color: #5f6b7a; border-bottom: 0.75pt solid #1f2933;
                padding: 1mm 2mm; }
            table.actions td { border-bottom: 0.5pt solid #e3e8ef; padding: 1.5mm 2mm; vertical-align: top; }
            table.actions tr { page-break-inside: avoid; }
            table.actions td.due, table.actions td.status { white-space: nowrap; }
            .summary { color: #5f6b7a; margin: 0; }
            a { color: #2563eb; text-decoration: none; }
            """;

    private ReportPdf() {
    }

    /** Writes the PDF of {@code report}, whose page is at {@code link}, to {@code out}. */
    static void write(ReportDocument report, String link, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        addFont(builder, "DejaVuSans.ttf", 400, FONT);
        addFont(builder, "DejaVuSans-Bold.ttf", 700, FONT);
        addFont(builder, "DejaVuSansMono.ttf", 400, FONT + " Mono");
        builder.withHtmlContent(html(report, link), link);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFont(PdfRendererBuilder builder, String file, int weight, String family) {
        File font = new File(FONT_DIRECTORY, file);
        if (font.isFile()) {
            builder.useFont(font, family, weight, PdfRendererBuilder.FontStyle.NORMAL, true);
        }
    }

    /** The document as XHTML: escaped text, and the sections' HTML, already sanitised and well formed. */
    static String html(ReportDocument report, String link) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(text(report.title())).append("</title>")
                .append("<meta name=\"author\" content=\"").append(text(String.join(", ", report.authors())))
                .append("\"/><meta name=\"subject\" content=\"").append(text(ExportText.label("export.pdf.subject",
                        report.serviceName()))).append("\"/>")
                .append("<style>").append(STYLE).append("</style></head><body>");
        page.append("<div id=\"footer\">").append(text(ExportText.label("export.source"))).append(' ')
                .append(text(link)).append("</div>");
        page.append("<div class=\"brand\"><span class=\"mark\">IR</span>").append(text(ExportText.label("app.name")))
                .append(" · ").append(text(report.serviceName())).append(" · ").append(text(ExportText.label("log.title")))
                .append("</div>");
        page.append("<h1>").append(text(report.title())).append("</h1>");
        page.append("<p class=\"byline\"><span class=\"chip ").append(report.severity()).append("\">")
                .append(report.severity()).append("</span> ").append(text(ExportText.byline(report))).append("</p>");
        page.append("<div class=\"impact\"><h2>").append(text(ExportText.label("report.impact")))
                .append("</h2><table>");
        for (String[] field : ExportText.impact(report)) {
            page.append("<tr><th>").append(text(field[0])).append("</th><td>").append(text(field[1]))
                    .append("</td></tr>");
        }
        page.append("</table><p class=\"zone\">").append(text(ExportText.zone())).append("</p></div>");
        Markdown[] texts = {report.incident(), report.cause(), report.whoWasAffected(), report.prevention()};
        for (int i = 0; i < SECTIONS.length; i++) {
            page.append("<h2>").append(text(ExportText.label("report.section." + SECTIONS[i]))).append("</h2>");
            page.append(texts[i].html() == null
                    ? "<p class=\"empty\">" + text(ExportText.label("report.section.empty")) + "</p>"
                    : "<div class=\"markdown\">" + texts[i].html() + "</div>");
        }
        page.append("<h2>").append(text(ExportText.label("actions.title"))).append("</h2>");
        if (report.actions().isEmpty()) {
            page.append("<p class=\"empty\">").append(text(ExportText.label("export.actions.none"))).append("</p>");
        } else {
            page.append("<p class=\"summary\">").append(text(ExportText.label("actions.summary",
                    report.verifiedActions(), report.countedActions()))).append("</p>");
            page.append("<table class=\"actions\"><thead><tr><th>")
                    .append(text(ExportText.label("export.actions.action"))).append("</th><th>")
                    .append(text(ExportText.label("export.actions.owner"))).append("</th><th>")
                    .append(text(ExportText.label("export.actions.status"))).append("</th><th>")
                    .append(text(ExportText.label("export.actions.due"))).append("</th></tr></thead><tbody>");
            for (ReportDocument.Action action : report.actions()) {
                page.append("<tr><td>").append(text(action.title())).append("</td><td>")
                        .append(text(ExportText.owner(action))).append("</td><td class=\"status\">")
                        .append(text(ExportText.status(action.status()))).append("</td><td class=\"due\">")
                        .append(text(ExportText.day(action.dueDate()))).append("</td></tr>");
            }
            page.append("</tbody></table>");
        }
        return page.append("</body></html>").toString();
    }

    /** Text as XHTML content or attribute value. */
    private static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
