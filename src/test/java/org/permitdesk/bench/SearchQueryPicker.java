package org.permitdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.permitdesk.bench.SearchBenchmark.Kind;
import org.permitdesk.bench.SearchBenchmark.Query;

/**
 * Draws the queries from the data: permits sampled by id with a seeded generator, each cut into what
 * someone at the counter would type. Same data and seed, same queries.
 */
final class SearchQueryPicker {

    private final DataSource dataSource;
    private final Random random;

    SearchQueryPicker(DataSource dataSource, Random random) {
        this.dataSource = dataSource;
        this.random = random;
    }

    List<Query> pick(int perKind) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            long[] range = idRange(connection);
            try (PreparedStatement permit = connection.prepareStatement("SELECT p.id, p.permit_number,"
                    + " s.address_line, s.parcel_number FROM permit p JOIN site s ON s.id = p.site_id"
                    + " WHERE p.id >= ? ORDER BY p.id FETCH FIRST 1 ROWS ONLY");
                 PreparedStatement contacts = connection.prepareStatement(
                         "SELECT role, name, business_name FROM permit_contact WHERE permit_id = ? ORDER BY id")) {
                List<Query> queries = new ArrayList<>();
                queries.addAll(draw(Kind.NUMBER, perKind, range, permit, null, this::numberQuery));
                queries.addAll(draw(Kind.ADDRESS, perKind, range, permit, null, this::addressQuery));
                queries.addAll(draw(Kind.PARCEL, perKind, range, permit, null, this::parcelQuery));
                queries.addAll(draw(Kind.NAME, perKind, range, permit, contacts, this::nameQuery));
                connection.rollback();
                return queries;
            }
        }
    }

    private List<Query> draw(Kind kind, int count, long[] range, PreparedStatement permit,
                             PreparedStatement contacts, Function<Sample, String> cut) throws SQLException {
        Set<String> texts = new LinkedHashSet<>();
        for (int attempt = 0; texts.size() < count && attempt < count * 20; attempt++) {
            Sample sample = sample(range, permit, contacts);
            if (sample != null) {
                String text = cut.apply(sample);
                if (text != null && !text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return texts.stream().map(text -> new Query(kind, text)).toList();
    }

    private Sample sample(long[] range, PreparedStatement permit, PreparedStatement contacts) throws SQLException {
        long id = range[0] + (long) (random.nextDouble() * (range[1] - range[0] + 1));
        permit.setLong(1, id);
        try (ResultSet rs = permit.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Sample sample = new Sample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    new ArrayList<>());
            if (contacts != null) {
                contacts.setLong(1, sample.id());
                try (ResultSet c = contacts.executeQuery()) {
                    while (c.next()) {
                        sample.contacts().add(new String[] {c.getString(1), c.getString(2), c.getString(3)});
                    }
                }
            }
            return sample;
        }
    }

    /** "B2403-1", "b2403-17", "RERF2024-0123", "2403-17" (no type prefix). */
    private String numberQuery(Sample sample) {
        String number = sample.number();
        int dash = number.indexOf('-');
        String text = switch (random.nextInt(5)) {
            case 0 -> number;
            case 1, 2 -> number.substring(0, Math.min(number.length(), dash + 2));
            case 3 -> number.substring(0, Math.min(number.length(), dash + 3));
            default -> {
                String digits = number.replaceFirst("^[A-Za-z]+", "");
                yield digits.substring(0, Math.min(digits.length(), digits.indexOf('-') + 3));
            }
        };
        return random.nextBoolean() ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** "maple", "jacar", "1432 jacar", "smoke tr", "1432 N Maple Ave", "1432". */
    private String addressQuery(Sample sample) {
        String[] parts = sample.address().split(" ");
        String house = parts[0];
        int first = parts.length > 2 && parts[1].length() == 1 ? 2 : 1; // skip a direction
        List<String> street = List.of(parts).subList(first, parts.length - 1);
        String lead = street.get(0).toLowerCase(Locale.ROOT);
        return switch (random.nextInt(6)) {
            case 0 -> prefix(lead, 4);
            case 1 -> house + " " + prefix(lead, 3);
            case 2 -> street.size() > 1
                    ? lead + " " + prefix(street.get(1).toLowerCase(Locale.ROOT), 2)
                    : lead + " " + parts[parts.length - 1].toLowerCase(Locale.ROOT);
            case 3 -> sample.address();
            case 4 -> house + " " + lead;
            default -> lead;
        };
    }

    /** "012-345", "012-3", "012-345-6", "012345678". */
    private String parcelQuery(Sample sample) {
        String parcel = sample.parcel();
        if (parcel == null) {
            return null;
        }
        return switch (random.nextInt(5)) {
            case 0 -> parcel.substring(0, 5);
            case 1, 2 -> parcel.substring(0, 7);
            case 3 -> parcel.substring(0, 9);
            default -> parcel.replace("-", "");
        };
    }

    /** "gonzalez", "gonz", "maria garcia", "desert sun roof", "Siobhan O'Brien", "Studio Mesa". */
    private String nameQuery(Sample sample) {
        List<String[]> contacts = sample.contacts();
        if (contacts.isEmpty()) {
            return null;
        }
        String[] owner = contacts.get(0);
        String[] other = contacts.size() > 1 ? contacts.get(1 + random.nextInt(contacts.size() - 1)) : null;
        String ownerName = owner[1];
        String[] ownerWords = ownerName.split(" ");
        String surname = ownerName.endsWith(" Family Trust")
                ? ownerName.substring(0, ownerName.length() - " Family Trust".length())
                : ownerWords[ownerWords.length - 1];
        return switch (random.nextInt(6)) {
            case 0 -> surname.toLowerCase(Locale.ROOT);
            case 1 -> prefix(surname.toLowerCase(Locale.ROOT), 4);
            case 2 -> ownerName;
            case 3, 4 -> other != null && other[2] != null ? businessPrefix(other[2]) : surname;
            default -> other != null && other[1] != null ? other[1].toLowerCase(Locale.ROOT) : ownerName;
        };
    }

    /** The first two or three words of a business name, the last one cut short: "desert sun roof". */
    private String businessPrefix(String business) {
        String[] words = business.toLowerCase(Locale.ROOT).split(" ");
        int take = Math.min(words.length, 2 + random.nextInt(2));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < take; i++) {
            String word = i == take - 1 ? prefix(words[i], 4) : words[i];
            text.append(i == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }

    private String prefix(String word, int min) {
        if (word.length() <= min) {
            return word;
        }
        return word.substring(0, min + random.nextInt(word.length() - min + 1));
    }

    private static long[] idRange(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MIN(id), MAX(id) FROM permit")) {
            rs.next();
            if (rs.getObject(1) == null) {
                throw new IllegalStateException("The database has no permits; fill it first with demo-data.");
            }
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private record Sample(long id, String number, String address, String parcel, List<String[]> contacts) {
    }
}
