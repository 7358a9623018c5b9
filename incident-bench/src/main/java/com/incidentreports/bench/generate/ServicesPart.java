package com.incidentreports.bench.generate;

import com.incidentreports.servicelog.Service;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** The services whose incident logs hold the reports: "Checkout API", "Search Indexer", … */
final class ServicesPart implements DatasetPart {

    private static final String[] AREAS = {"Checkout", "Payments", "Search", "Identity", "Billing", "Notifications",
        "Inventory", "Shipping", "Recommendations", "Analytics", "Messaging", "Media", "Pricing", "Catalog",
        "Accounts", "Support", "Ledger", "Fraud", "Onboarding", "Reporting"};
    private static final String[] KINDS = {"API", "Gateway", "Worker", "Service", "Web", "Scheduler", "Indexer",
        "Store", "Pipeline", "Console", "Sync", "Cache", "Mobile Backend", "Webhooks", "Exporter", "Importer",
        "Router"};

    @Override
    public String name() {
        return "services";
    }

    @Override
    public List<String> tables() {
        return List.of("service");
    }

    @Override
    public long generate(Company company, Loader loader) throws SQLException {
        int count = company.scale().services();
        String[] names = new String[count];
        try (RowSink services = loader.into("service", "id", "name", "slug", "description", "created_at",
                "version")) {
            for (int i = 0; i < count; i++) {
                names[i] = nameOf(i);
                services.add((long) i + 1, names[i], GeneratedDataGuard.PREFIX + Service.slugOf(names[i]),
                        "Owned by the " + AREAS[i % AREAS.length].toLowerCase() + " team; pages on-call around "
                                + "the clock.", company.now().minus(Duration.ofDays(2_000)), 0L);
            }
        }
        company.servicesWritten(names);
        return count;
    }

    /** Every combination of area and kind once, then the same names numbered. */
    private static String nameOf(int index) {
        int combinations = AREAS.length * KINDS.length;
        String name = AREAS[index % AREAS.length] + " " + KINDS[(index / AREAS.length) % KINDS.length];
        return index < combinations ? name : name + " " + (index / combinations + 1);
    }
}
