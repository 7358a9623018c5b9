package com.incidentreports.markdown;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration step for Markdown saved before its HTML was stored beside it: fills {@code htmlColumn} of every row of
 * {@code table} with the safe HTML of its {@code sourceColumn}, rendered as {@link Markdown#of} renders it when the
 * text is saved. With {@code mentionsColumn} (usernames separated by spaces), the mentions of those people are
 * linked. It knows tables only by the names a changelog gives it:
 * <pre>{@code
 * <customChange class="com.incidentreports.markdown.StoredMarkdownRendering">
 *     <param name="table" value="follow_up_action"/>
 *     <param name="idColumn" value="id"/>
 *     <param name="sourceColumn" value="description_md"/>
 *     <param name="htmlColumn" value="description_html"/>
 * </customChange>}</pre>
 * Reads and writes in batches by id, so a table of millions of rows is filled without holding them all.
 */
public class StoredMarkdownRendering implements CustomTaskChange {

    private static final int BATCH = 500;

    /** The names are written into SQL: only plain lower-case identifiers, as the changelogs use, are taken. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private String table;
    private String idColumn;
    private String sourceColumn;
    private String htmlColumn;
    private String mentionsColumn;

    private int rendered;

    public void setTable(String table) {
        this.table = table;
    }

    public void setIdColumn(String idColumn) {
        this.idColumn = idColumn;
    }

    public void setSourceColumn(String sourceColumn) {
        this.sourceColumn = sourceColumn;
    }

    public void setHtmlColumn(String htmlColumn) {
        this.htmlColumn = htmlColumn;
    }

    public void setMentionsColumn(String mentionsColumn) {
        this.mentionsColumn = mentionsColumn;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            rendered = render(connection);
        } catch (SQLException e) {
            throw new CustomChangeException("The Markdown stored in " + table + "." + sourceColumn
                    + " could not be rendered: " + e.getMessage(), e);
        }
    }

    private int render(Connection connection) throws SQLException {
        int done = 0;
        long after = 0;
        String columns = idColumn + ", " + sourceColumn + (mentionsColumn == null ? "" : ", " + mentionsColumn);
        try (PreparedStatement read = connection.prepareStatement("""
                select %s from %s where %s > ? and %s is not null order by %s fetch first %d rows only""".formatted(
                columns, table, idColumn, sourceColumn, idColumn, BATCH));
             PreparedStatement write = connection.prepareStatement(
                     "update %s set %s = ? where %s = ?".formatted(table, htmlColumn, idColumn))) {
            while (true) {
                read.setLong(1, after);
                int inBatch = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        String mentions = mentionsColumn == null ? null : rows.getString(3);
                        write.setString(1, Markdown.of(rows.getString(2), usernames(mentions)).html());
                        write.setLong(2, after);
                        write.addBatch();
                        inBatch++;
                    }
                }
                if (inBatch == 0) {
                    return done;
                }
                write.executeBatch();
                done += inBatch;
            }
        }
    }

    private static List<String> usernames(String mentions) {
        return mentions == null || mentions.isBlank() ? List.of() : Arrays.asList(mentions.split(" "));
    }

    @Override
    public String getConfirmationMessage() {
        return "Stored the HTML of " + rendered + " rows of " + table + "." + sourceColumn;
    }

    @Override
    public void setUp() {
        // Nothing to prepare: the connection comes with execute.
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // Reads no files.
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        requireIdentifier(errors, "table", table);
        requireIdentifier(errors, "idColumn", idColumn);
        requireIdentifier(errors, "sourceColumn", sourceColumn);
        requireIdentifier(errors, "htmlColumn", htmlColumn);
        if (mentionsColumn != null) {
            requireIdentifier(errors, "mentionsColumn", mentionsColumn);
        }
        return errors;
    }

    private static void requireIdentifier(ValidationErrors errors, String parameter, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            errors.addError(parameter + " must name a table or column in lower case, not " + value);
        }
    }
}
