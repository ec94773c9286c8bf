package org.permitdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a CSLB licence master file in the exact format of the real sample
 * ({@code MasterLicenseData-sample.csv}): 52 columns, no header, CRLF line ends and none after the last
 * line, MM/DD/YYYY dates (the workers' comp ones with a leading space), "C-7"/"C10" and "B| C10"
 * classifications, a quoted "Leasing Firm, Temp Agency, etc", 5- and 9-digit ZIP codes,
 * "(805) 338 3191" phones, and about the sample's mix of statuses. Deterministic for a seed.
 *
 * <pre>CslbFileGenerator FILE [ROWS (default 290000)] [SEED]</pre>
 */
public final class CslbFileGenerator {

    static final int DEFAULT_ROWS = 290_000;
    static final long DEFAULT_SEED = 20_201_110L;

    private static final String[] SURNAMES = {"GARCIA", "SMITH", "NGUYEN", "JOHNSON", "MARTINEZ", "LOPEZ", "KIM",
        "WILLIAMS", "HERNANDEZ", "BROWN", "DOCKERY", "STOKES", "PATEL", "O'BRIEN", "RODRIGUEZ", "CHEN", "DAVIS"};
    private static final String[] GIVEN = {"JOHN", "MARIA", "JOSE", "DAVID", "LINDA", "RANDALL", "TUAN", "GARTH",
        "MICHAEL", "LUIS", "SUSAN", "ROBERT", "ANA", "KEVIN"};
    private static final String[] WORDS = {"SOUTH COAST", "DESERT ELITE", "PACIFIC", "GOLDEN STATE", "SIERRA",
        "BLUE SKY", "PRIMETEK", "NERELLI", "X-TREME", "COASTAL", "VALLEY", "SUMMIT", "RESIDENTIAL", "NUWAVE"};
    private static final String[] TRADES = {"CONSTRUCTION", "ELECTRIC", "PLUMBING", "ROOFING", "PAINTING SOLUTIONS",
        "LANDSCAPING", "POOLS", "WELDING", "HEATING AND AIR", "BUILDERS", "CONCRETE", "SOLAR"};
    private static final String[] ENTITIES = {"INC", "LLC", "CORP", "INC", "INCORPORATED"};
    private static final String[] STREETS = {"HEARST DRIVE", "SOUTH MILLS AVENUE", "SATURN ST UNIT P", "W PICO BLVD #211",
        "MAGIC MOUNTAIN PKWY #533", "24TH STREET", "RIALTO DR", "VISTA DIEGO ROAD", "OLEANDER AVE", "ESTANCIA"};
    private static final String[][] PLACES = {{"SIMI VALLEY", "Ventura", "93063"}, {"LODI", "San Joaquin", "95242"},
        {"BREA", "Orange", "92821"}, {"LOS ANGELES", "Los Angeles", "90035"}, {"SAN DIEGO", "San Diego", "92105"},
        {"FRESNO", "Fresno", "93722"}, {"IRVINE", "Orange", "92602"}, {"FONTANA", "San Bernardino", "92337"},
        {"SACRAMENTO", "Sacramento", "95821"}, {"RIVERSIDE", "Riverside", "92503"}, {"VALENCIA", "Los Angeles", "91355"}};
    private static final String[] TYPES = {"Sole Owner", "Corporation", "Corporation", "Partnership", "Limited Liability"};
    private static final String[] CLASSES = {"B", "B", "B", "A", "C10", "C-7", "C33", "C-6", "C15", "C57", "C20", "C27",
        "C36", "C39", "C-8", "C-9", "C38", "C46", "C54", "C60", "D49", "D52", "HAZ"};
    private static final String[] SECONDARY = {"Renewal Recived", "WC Susp Pending", "SOS Problem", "DISC Bond Filed",
        "Pending Case/CIT"};
    private static final String[] SUSPENSIONS = {"Contr Bond Susp", "Work Comp Susp", "J V Entity Susp"};
    private static final String[] INSURERS = {"STATE COMPENSATION INSURANCE FUND", "NORGUARD INSURANCE COMPANY",
        "MARKEL INSURANCE COMPANY", "ACE AMERICAN INSURANCE COMPANY", "HARTFORD FIRE INSURANCE COMPANY"};
    private static final String[] SURETIES = {"AMERICAN CONTRACTORS INDEMNITY COMPANY", "HUDSON INSURANCE COMPANY",
        "SURETEC INSURANCE COMPANY", "WESTERN SURETY COMPANY", "WESCO INSURANCE COMPANY"};

    private final Random random;

    CslbFileGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: CslbFileGenerator FILE [ROWS] [SEED]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROWS;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long start = System.nanoTime();
        new CslbFileGenerator(seed).write(file, rows);
        System.out.printf("Wrote %,d licences (%,d bytes) to %s in %.1f s%n", rows, Files.size(file), file,
                (System.nanoTime() - start) / 1e9);
    }

    void write(Path file, int rows) throws IOException {
        int licence = 100_000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < rows; i++) {
                licence += 1 + random.nextInt(4);
                if (i > 0) {
                    out.write("\r\n");
                }
                out.write(String.join(",", line(licence)));
            }
        }
    }

    /** The 52 values of one licence. */
    private List<String> line(int licence) {
        List<String> v = new ArrayList<>(52);
        boolean sole = random.nextInt(100) < 47;
        String surname = pick(SURNAMES);
        String given = pick(GIVEN) + (random.nextBoolean() ? " " + (char) ('A' + random.nextInt(26)) : "");
        String[] place = pick(PLACES);
        LocalDate issued = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 60));
        LocalDate expires = LocalDate.of(2020, 11, 30).plusMonths(1 + random.nextInt(26)).withDayOfMonth(1).minusDays(1);
        v.add(String.valueOf(licence));
        v.add(date(LocalDate.of(2020, 10, 20).plusDays(random.nextInt(32))));
        v.add(sole ? surname + " " + given : pick(WORDS) + " " + pick(TRADES) + " " + pick(ENTITIES));
        v.add(random.nextInt(100) < 15 ? pick(WORDS) + " " + pick(TRADES) : "");
        v.add(sole && random.nextInt(100) < 60 ? given + " " + surname : "");
        v.add((1 + random.nextInt(29_999)) + " " + pick(STREETS));
        v.add(place[0]);
        v.add(random.nextInt(100) < 96 ? "CA" : pick(new String[] {"NV", "AZ", "OR", "TX", "WA"}));
        v.add(place[1]);
        v.add(random.nextInt(100) < 97 ? place[2] : place[2] + String.format("%04d", random.nextInt(10_000)));
        v.add("");
        v.add(String.format("(%03d) %03d %04d", 209 + random.nextInt(740), 200 + random.nextInt(800), random.nextInt(10_000)));
        v.add(sole ? "Sole Owner" : pick(TYPES));
        v.add(date(issued));
        v.add(random.nextInt(100) < 7 ? date(issued.plusYears(3)) : "");
        v.add(date(expires));
        boolean reactivated = random.nextInt(100) < 2;
        v.add(reactivated ? date(issued.plusYears(1)) : "");
        v.add(reactivated ? date(issued.plusYears(2)) : "");
        v.add("");
        v.add("");
        v.add("");
        v.add(random.nextInt(100) < 97 ? "CLEAR" : pick(SUSPENSIONS));
        v.add(random.nextInt(100) < 9 ? pick(SECONDARY) : "");
        v.add(classifications());
        v.add("");
        addWorkersComp(v);
        addBonds(v);
        return v;
    }

    /** Columns 26–32: coverage type, insurer, policy, effective, expiration, cancellation, suspension. */
    private void addWorkersComp(List<String> v) {
        int kind = random.nextInt(100);
        LocalDate effective = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1000));
        if (kind < 46) {
            v.addAll(List.of("Exempt", "", "", " " + date(effective), "", "", ""));
            return;
        }
        String coverage = kind < 95 ? "Workers' Compensation Insurance"
                : kind < 98 ? "\"Leasing Firm, Temp Agency, etc\"" : "License does not have current W/C";
        v.addAll(List.of(coverage, pick(INSURERS), " " + (char) ('A' + random.nextInt(26)) + (1_000_000 + random.nextInt(9_000_000)),
                " " + date(effective), " " + date(effective.plusYears(2)),
                random.nextInt(100) < 2 ? " " + date(effective.plusMonths(5)) : "", ""));
    }

    /** Columns 33–52: contractor's bond, often a second bond, case and name fields, mostly empty. */
    private void addBonds(List<String> v) {
        v.add(pick(SURETIES));
        v.add(String.valueOf(10_000_000 + random.nextInt(90_000_000)));
        v.add(date(LocalDate.of(2016, 1, 1).plusDays(random.nextInt(1800))));
        v.add(random.nextInt(100) < 5 ? date(LocalDate.of(2020, 12, 1).plusDays(random.nextInt(30))) : "");
        v.add("15000");
        boolean second = random.nextInt(100) < 3;
        v.add(second ? pick(SURETIES) : "");
        v.add(second ? String.valueOf(100_000_000 + random.nextInt(900_000_000)) : "");
        v.add(second ? date(LocalDate.of(2014, 11, 24).plusDays(random.nextInt(1500))) : "");
        v.add("");
        v.add(second ? "100000" : "");
        for (int i = 0; i < 9; i++) {
            v.add("");
        }
        int name = random.nextInt(100);
        v.add(name < 11 ? "Principal Name" : name < 19 ? "Current Name" : "");
    }

    private String classifications() {
        int count = random.nextInt(100) < 75 ? 1 : random.nextInt(100) < 85 ? 2 : 3;
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            String next = pick(CLASSES);
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        return String.join("| ", chosen);
    }

    private static String date(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
