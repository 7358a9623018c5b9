package com.incidentreports.action.api;

import com.incidentreports.action.ActionRow;
import com.incidentreports.platform.api.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Action rows as CSV (RFC 4180, with a header line), written one row at a time as they are read; titles and names
 * are what people typed, so every cell is made safe to open in a spreadsheet ({@link CsvCells}).
 */
final class ActionCsv implements Consumer<ActionRow> {

    private static final String[] HEADER = {"id", "title", "type", "priority", "status", "owner", "owner_name",
            "due_date", "overdue", "report_id", "report_title", "service", "created_at", "closed_at", "link"};

    private final CSVPrinter printer;
    private final String baseUrl;

    ActionCsv(Writer out, String baseUrl) throws IOException {
        this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        this.baseUrl = baseUrl;
    }

    @Override
    public void accept(ActionRow row) {
        try {
            printer.printRecord(CsvCells.of(row.id(), row.title(), row.type(), row.priority(), row.status(),
                    row.ownerUsername(), row.ownerName(), Objects.toString(row.dueDate(), ""), row.overdue(),
                    row.reportId(), row.reportTitle(), row.serviceName(), row.createdAt(),
                    Objects.toString(row.closedAt(), ""),
                    baseUrl + "/reports/" + row.reportId() + "#action-" + row.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() throws IOException {
        printer.flush();
    }
}
