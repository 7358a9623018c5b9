package com.incidentreports.bench.generate;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** The staff's user records, as their first sign-in would have created them; see {@link Staff} for roles. */
final class StaffPart implements DatasetPart {

    private static final String[] FIRST = {"Aisha", "Ben", "Chen", "Dana", "Emeka", "Farah", "Gustavo", "Hana",
        "Ivan", "Jonas", "Kavya", "Liam", "Mei", "Nikhil", "Olga", "Priya", "Quentin", "Rosa", "Sanjay", "Tomás",
        "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe"};
    private static final String[] LAST = {"Adeyemi", "Bauer", "Castillo", "Dubois", "Eriksen", "Fujita", "García",
        "Haddad", "Iyer", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn",
        "Rossi", "Sato", "Thompson", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhang"};

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public List<String> tables() {
        return List.of("app_user");
    }

    @Override
    public long generate(Company company, Loader loader) throws SQLException {
        int count = company.scale().users();
        SplittableRandom random = company.random();
        long[] authors = new long[count];
        int authorCount = 0;
        try (RowSink users = loader.into("app_user", "id", "username", "display_name", "email", "created_at",
                "last_sign_in_at", "version")) {
            for (int number = 1; number <= count; number++) {
                String username = Staff.username(number);
                users.add((long) number, username,
                        FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                        username + "@example.com", company.now().minus(Duration.ofDays(random.nextInt(300, 2_000))),
                        company.now().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))), 0L);
                if (Staff.isAuthor(number)) {
                    authors[authorCount++] = number;
                }
            }
        }
        company.staffWritten(count, Arrays.copyOf(authors, authorCount));
        return count;
    }
}
