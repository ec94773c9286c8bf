package org.permitdesk.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import org.permitdesk.demo.DemoPermitTypes.PermitType;
import org.permitdesk.demo.DemoPermitTypes.Subtype;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.PermitSearchTerms;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.bulk.PermitBulkWriter;
import org.permitdesk.permit.bulk.PermitBulkWriter.BulkPermit;
import org.permitdesk.permit.bulk.PermitBulkWriter.Contact;
import org.permitdesk.permit.bulk.PermitBulkWriter.Dates;
import org.permitdesk.permit.bulk.PermitBulkWriter.NewSite;
import org.permitdesk.permit.bulk.PermitBulkWriter.StoredSite;
import org.permitdesk.platform.db.Database;

/**
 * Makes a realistic, repeatable permit history: the same seed and date give the same permits.
 * Permits are spread over the past two years (ten for large runs), numbered by their type's template,
 * with statuses whose dates and history agree, at addresses around the demo city's centre. They are written by
 * {@link PermitBulkWriter}, the writer of the BLDS import too (ADR 0004).
 */
final class DemoPermitGenerator {

    /** Who the demo permits' creating audit revision names. */
    static final String DEMO_USER = "demo-data";
    private static final int COMMIT_EVERY = 2_000;
    private static final int STREET_COUNT = DemoNames.STREETS.size() * DemoNames.SUFFIXES.size();

    private final Database database;
    private final LocalDate today;
    private final Random random;

    DemoPermitGenerator(Database database, LocalDate today, long seed) {
        this.database = database;
        this.today = today;
        this.random = new Random(seed);
    }

    int generate(int count, IntConsumer progress) throws SQLException {
        try (PermitBulkWriter writer = new PermitBulkWriter(database, Instant.now(), DEMO_USER)) {
            Connection connection = writer.connection();
            DemoPermitTypes types = DemoPermitTypes.load(connection);
            List<Contractor> contractors = contractors(Math.max(40, count / 500));

            int siteCount = Math.max(60, count / 6);
            long firstSite = countRows(connection, "site");
            StoredSite[] stored = new StoredSite[siteCount];
            DemoSite[] sites = new DemoSite[siteCount];
            // About ten sites per street, as in a real neighbourhood, on up to 600 streets.
            int streetCount = Math.max(20, Math.min(STREET_COUNT, siteCount / 10));
            for (int k = 0; k < siteCount; k++) {
                sites[k] = site(firstSite + k, streetCount);
                stored[k] = writer.addSite(new NewSite(sites[k].addressLine(), DemoNames.CITY, DemoNames.STATE,
                        sites[k].zip(), sites[k].parcel(), sites[k].latitude(), sites[k].longitude()));
                if ((k + 1) % COMMIT_EVERY == 0) {
                    writer.commitSoFar();
                }
            }
            writer.commitSoFar();

            LocalDate[] appliedDates = appliedDates(count);
            for (int i = 0; i < count; i++) {
                PermitType type = types.pick(random);
                int siteIndex = random.nextInt(siteCount);
                writePermit(writer, type, appliedDates[i], stored[siteIndex], sites[siteIndex], types.nextNumber(type,
                        appliedDates[i]), contractors);
                if ((i + 1) % COMMIT_EVERY == 0) {
                    writer.commitSoFar();
                    progress.accept(i + 1);
                }
            }
            types.saveSequences(connection);
            writer.commit();
            progress.accept(count);
            return count;
        }
    }

    private void writePermit(PermitBulkWriter writer, PermitType type, LocalDate applied, StoredSite stored,
                             DemoSite site, String number, List<Contractor> contractors) throws SQLException {
        Subtype subtype = type.subtypes().isEmpty() ? null : type.subtypes().get(random.nextInt(type.subtypes().size()));

        Lifecycle life = lifecycle(type, applied);
        String voidReason = life.status() == PermitStatus.VOID ? pick(DemoNames.VOID_REASONS) : null;
        String notes = random.nextInt(5) == 0 ? pick(DemoNames.NOTES) : null;
        BigDecimal valuation = valuation(type.code());
        String description = DemoDescriptions.describe(type.code(), subtype == null ? "" : subtype.name(), random);
        Instant createdAt = applied.atTime(8 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);

        List<Contact> contacts = new ArrayList<>();
        contacts.add(new Contact(ContactRole.OWNER, site.ownerName(), null, null, site.ownerEmail(), site.ownerPhone(),
                site.addressLine() + ", " + DemoNames.CITY + ", " + DemoNames.STATE + " " + site.zip()));
        Contractor contractor = contractorFor(type.code(), contractors);
        if (contractor != null) {
            contacts.add(new Contact(ContactRole.CONTRACTOR, contractor.person(), contractor.business(),
                    contractor.license(), contractor.email(), contractor.phone(), contractor.address()));
        }
        if (type.code().equals("B") && random.nextInt(10) < 6) {
            String firm = pick(DemoNames.DESIGN_FIRMS);
            String architect = pick(DemoNames.FIRST_NAMES) + " " + pick(DemoNames.LAST_NAMES);
            contacts.add(new Contact(ContactRole.DESIGN_PROFESSIONAL, architect, firm, null,
                    "plans@" + slug(firm) + ".example.com", phone(), "74-000 Hwy 111, Palm Valley, CA 92260"));
        }
        if (type.code().equals("FILM")) {
            String company = pick(DemoNames.FILM_COMPANIES);
            String producer = pick(DemoNames.FIRST_NAMES) + " " + pick(DemoNames.LAST_NAMES);
            contacts.add(new Contact(ContactRole.APPLICANT, producer, company, null,
                    "locations@" + slug(company) + ".example.com", phone(), "1200 N Vine St, Los Angeles, CA 90038"));
        }
        List<PermitBulkWriter.StatusStep> history = new ArrayList<>();
        for (StatusStep step : life.steps()) {
            history.add(new PermitBulkWriter.StatusStep(step.from(), step.to(), step.on(), step.by(),
                    step.to() == PermitStatus.VOID ? voidReason : null));
        }
        writer.addPermit(new BulkPermit(number, type.id(), subtype == null ? null : subtype.id(), stored, life.status(),
                null, life.dates(), voidReason, valuation, description, notes, createdAt, "clerk", contacts, history));
    }

    /** A status with dates and history that agree with each other and with today. */
    private Lifecycle lifecycle(PermitType type, LocalDate applied) {
        long age = ChronoUnit.DAYS.between(applied, today);
        boolean temporary = List.of("DUMP", "HAUL", "FILM", "RPP", "OVP").contains(type.code());
        boolean quick = temporary || List.of("WH", "EPU").contains(type.code());
        List<StatusStep> steps = new ArrayList<>();
        steps.add(new StatusStep(null, PermitStatus.APPLIED, applied, "clerk"));
        LocalDate reviewed = quick ? applied : applied.plusDays(1 + random.nextInt(4));
        LocalDate approved = quick ? applied : reviewed.plusDays(3 + random.nextInt(25));
        LocalDate issued = quick ? applied : approved.plusDays(random.nextInt(8));
        int roll = random.nextInt(100);
        if (!reviewed.isAfter(today) && !quick) {
            steps.add(new StatusStep(PermitStatus.APPLIED, PermitStatus.IN_REVIEW, reviewed, "clerk"));
        }
        if (roll < 4 && age > 20) {
            LocalDate voided = applied.plusDays(Math.min(age, 5 + random.nextInt(15)));
            PermitStatus before = steps.get(steps.size() - 1).to();
            steps.add(new StatusStep(before, PermitStatus.VOID, voided, "supervisor"));
            return new Lifecycle(PermitStatus.VOID, new Dates(applied, null, null, null, null, voided), steps);
        }
        if (approved.isAfter(today)) {
            PermitStatus status = steps.get(steps.size() - 1).to();
            return new Lifecycle(status, new Dates(applied, null, null, null, null, null), steps);
        }
        if (!quick) {
            steps.add(new StatusStep(PermitStatus.IN_REVIEW, PermitStatus.APPROVED, approved, "supervisor"));
        }
        if (issued.isAfter(today) || (!quick && roll < 8 && age < 60)) {
            return new Lifecycle(PermitStatus.APPROVED, new Dates(applied, approved, null, null, null, null), steps);
        }
        steps.add(new StatusStep(quick ? PermitStatus.APPLIED : PermitStatus.APPROVED, PermitStatus.ISSUED, issued,
                "clerk"));
        LocalDate finaled = issued.plusDays(temporary ? type.expiryDays() : 20 + random.nextInt(260));
        // Inspections keep a permit alive: the expiry date moves on with each passed inspection.
        LocalDate expires = issued.plusDays(type.expiryDays());
        if (!finaled.isAfter(today) && roll < 88) {
            PermitStatus end = temporary ? PermitStatus.EXPIRED : PermitStatus.FINALED;
            LocalDate endDate = temporary ? expires : finaled;
            steps.add(new StatusStep(PermitStatus.ISSUED, end, endDate, temporary ? "system" : "inspector"));
            return new Lifecycle(end, new Dates(applied, approved, issued, temporary ? null : finaled,
                    expires, null), steps);
        }
        if (!temporary) {
            long sinceIssue = ChronoUnit.DAYS.between(issued, today);
            LocalDate lastInspection = issued.plusDays(random.nextLong(Math.max(1, sinceIssue) + 1));
            expires = lastInspection.plusDays(type.expiryDays());
        }
        if (expires.isBefore(today)) {
            steps.add(new StatusStep(PermitStatus.ISSUED, PermitStatus.EXPIRED, expires, "system"));
            return new Lifecycle(PermitStatus.EXPIRED, new Dates(applied, approved, issued, null, expires, null),
                    steps);
        }
        return new Lifecycle(PermitStatus.ISSUED, new Dates(applied, approved, issued, null, expires, null), steps);
    }

    private LocalDate[] appliedDates(int count) {
        int span = count <= 20_000 ? 730 : 3650;
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            LocalDate date = today.minusDays(random.nextInt(span));
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                date = date.minusDays(1);
            } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1).isAfter(today) ? date.minusDays(2) : date.plusDays(1);
            }
            dates[i] = date;
        }
        Arrays.sort(dates);
        return dates;
    }

    private DemoSite site(long k, int streetCount) {
        int streetIndex = (int) (k % streetCount);
        long row = k / streetCount;
        String street = DemoNames.STREETS.get(streetIndex % DemoNames.STREETS.size());
        String suffix = DemoNames.SUFFIXES.get(streetIndex / DemoNames.STREETS.size());
        String direction = DemoNames.DIRECTIONS.get(streetIndex % DemoNames.DIRECTIONS.size());
        long houseNumber = 100 + row * 8 + (row % 3) * 2 + (streetIndex % 2);
        String address = houseNumber + " " + direction + street + " " + suffix;
        long parcelDigits = (k * 1_000_003L + 12_345L) % 1_000_000_000L;
        String parcelText = String.format("%09d", parcelDigits);
        String parcel = parcelText.substring(0, 3) + "-" + parcelText.substring(3, 6) + "-" + parcelText.substring(6);
        Double lat = null;
        Double lon = null;
        if (k % 20 != 7) {
            // Even streets run east–west, odd ones north–south, on a grid around city hall.
            double across = ((streetIndex / 2) % 60 - 30) * 0.0024;
            double along = -0.035 + (houseNumber % 3000) * 0.000024;
            lat = round6(DemoNames.CENTER_LAT + (streetIndex % 2 == 0 ? across : along));
            lon = round6(DemoNames.CENTER_LON + (streetIndex % 2 == 0 ? along : across));
        }
        String first = DemoNames.FIRST_NAMES.get((int) ((k * 31 + 7) % DemoNames.FIRST_NAMES.size()));
        String last = DemoNames.LAST_NAMES.get((int) ((k * 17 + 3) % DemoNames.LAST_NAMES.size()));
        String owner = k % 10 == 3 ? last + " Family Trust" : first + " " + last;
        String email = slug(first) + "." + slug(last) + (k % 97) + "@example.com";
        String zip = DemoNames.ZIPS.get((int) (k % DemoNames.ZIPS.size()));
        return new DemoSite(address, zip, parcel, lat, lon, owner, email, phoneFor(k));
    }

    private static List<Contractor> contractors(int count) {
        List<Contractor> list = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            int trade = j % DemoNames.TRADES.size();
            String lead = j < DemoNames.BUSINESS_FIRST.size() * DemoNames.TRADES.size()
                    ? DemoNames.BUSINESS_FIRST.get((j / DemoNames.TRADES.size()) % DemoNames.BUSINESS_FIRST.size())
                    : DemoNames.LAST_NAMES.get(j % DemoNames.LAST_NAMES.size()) + " & "
                      + DemoNames.LAST_NAMES.get((j / 7) % DemoNames.LAST_NAMES.size());
            String suffix = DemoNames.BUSINESS_SUFFIXES.get(j % DemoNames.BUSINESS_SUFFIXES.size());
            String business = (lead + " " + DemoNames.TRADES.get(trade) + " " + suffix).strip();
            String person = DemoNames.FIRST_NAMES.get((j * 7 + 1) % DemoNames.FIRST_NAMES.size()) + " "
                    + DemoNames.LAST_NAMES.get((j * 11 + 5) % DemoNames.LAST_NAMES.size());
            String license = Integer.toString(300_000 + j * 211);
            list.add(new Contractor(trade, business, person, license, "office@" + slug(business) + ".example.com",
                    phoneFor(j * 13L + 5), (1000 + j * 7) + " Cook St, Palm Valley, CA 92211"));
        }
        return list;
    }

    /** A contractor of a fitting trade, or none (owner-builders, parking and film permits). */
    private Contractor contractorFor(String typeCode, List<Contractor> contractors) {
        List<Integer> trades = switch (typeCode) {
            case "B", "ACC" -> List.of(0, 1, 8, 9, 11);
            case "E", "EPU" -> List.of(3, 6);
            case "P", "WH" -> List.of(4);
            case "M" -> List.of(5, 10);
            case "RERF" -> List.of(2);
            case "DUMP", "HAUL" -> List.of(0, 9);
            default -> List.of();
        };
        if (trades.isEmpty() || random.nextInt(100) < 12) {
            return null;
        }
        int trade = trades.get(random.nextInt(trades.size()));
        int perTrade = Math.max(1, contractors.size() / DemoNames.TRADES.size());
        return contractors.get(trade + DemoNames.TRADES.size() * random.nextInt(perTrade));
    }

    private BigDecimal valuation(String typeCode) {
        int dollars = switch (typeCode) {
            case "B" -> 5_000 + random.nextInt(60) * random.nextInt(15_000);
            case "E", "M", "P" -> 500 + random.nextInt(40_000);
            case "RERF" -> 6_000 + random.nextInt(38_000);
            case "WH" -> 1_200 + random.nextInt(2_800);
            case "EPU" -> 2_500 + random.nextInt(7_500);
            case "ACC" -> 3_000 + random.nextInt(120_000);
            default -> -1;
        };
        return dollars < 0 ? null : BigDecimal.valueOf(dollars).setScale(2);
    }

    private static long countRows(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String phone() {
        return phoneFor(random.nextInt(10_000));
    }

    /** Numbers in 555-0100 … 555-0199, the range set aside for fiction. */
    private static String phoneFor(long k) {
        String area = List.of("760", "442", "951").get((int) (k % 3));
        return String.format("(%s) 555-01%02d", area, k % 100);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String slug(String text) {
        return PermitSearchTerms.normalise(text).toLowerCase(Locale.ROOT);
    }

    private static double round6(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }

    private record Contractor(int trade, String business, String person, String license, String email,
                              String phone, String address) {
    }

    private record StatusStep(PermitStatus from, PermitStatus to, LocalDate on, String by) {
    }

    private record DemoSite(String addressLine, String zip, String parcel, Double latitude, Double longitude,
                            String ownerName, String ownerEmail, String ownerPhone) {
    }

    private record Lifecycle(PermitStatus status, Dates dates, List<StatusStep> steps) {
    }
}
