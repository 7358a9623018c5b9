package com.incidentreports.export.api;

import com.incidentreports.platform.api.CsvCells;
import com.incidentreports.report.ReportSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A service's incident log as CSV (RFC 4180, with a header line), one report a row as they are read; titles are
 * what people typed, so every cell is made safe to open in a spreadsheet ({@link CsvCells}).
 */
final class ServiceLogCsv implements Consumer<ReportSummary> {

    private static final String[] HEADER = {"id", "title", "severity", "status", "started_at", "ended_at",
            "duration", "users_affected", "actions", "actions_verified", "updated_at", "link"};

    private final CSVPrinter printer;
    private final String baseUrl;

    ServiceLogCsv(Writer out, String baseUrl) throws IOException {
        this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        this.baseUrl = baseUrl;
    }

    @Override
    public void accept(ReportSummary row) {
        try {
            printer.printRecord(CsvCells.of(row.id(), row.title(), row.severity(), row.status(), row.startedAt(),
                    Objects.toString(row.endedAt(), ""), Objects.toString(row.durationSpoken(Locale.ENGLISH), ""),
                    Objects.toString(row.usersAffected(), ""), row.actions(), row.verifiedActions(),
                    row.updatedAt(), baseUrl + "/reports/" + row.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() throws IOException {
        printer.flush();
    }
}
