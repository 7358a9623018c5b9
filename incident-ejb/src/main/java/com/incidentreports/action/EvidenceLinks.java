package com.incidentreports.action;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * Stores an action's evidence links in one column, one a line: they are always read and written together, and
 * the report page reads them with its actions without a statement of their own. A link never holds a line break.
 */
@Converter
public class EvidenceLinks implements AttributeConverter<List<String>, String> {

    public static final int COLUMN_MAX = 5_100;

    @Override
    public String convertToDatabaseColumn(List<String> links) {
        return links == null || links.isEmpty() ? null : String.join("\n", links);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
