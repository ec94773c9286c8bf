package org.permitdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a BLDS file shaped like the real ones in {@code ../shared/data/open-permits/}: the same 25 columns,
 * Nashville-style rows (coordinates, 11-digit parcels with leading zeros, contractor companies, 31 type
 * codes, descriptions with commas and quotes, up to a few hundred characters) mixed with Burlington-style
 * ones (no parcel, no ZIP, "Final"/"Issued"), a few expired and withdrawn permits, sites repeated as in a
 * city's history. Every row is valid and every permit number distinct. Deterministic for a seed.
 *
 * <pre>BldsFileGenerator FILE [ROWS (default 100000)] [SEED]</pre>
 */
public final class BldsFileGenerator {

    static final int DEFAULT_ROWS = 100_000;
    static final long DEFAULT_SEED = 20_261_129L;

    private static final String HEADER = "PermitNum,Description,AppliedDate,IssuedDate,CompletedDate,StatusCurrent,"
            + "StatusCurrentMapped,StatusDate,OriginalAddress1,OriginalAddress2,OriginalCity,OriginalState,OriginalZip,"
            + "PermitClass,WorkClass,PermitType,PermitTypeMapped,PermitTypeDesc,EstProjectCost,HousingUnits,PIN,"
            + "Latitude,Longitude,ContractorCompanyName,Publisher";
    private static final String[] STREETS = {"18TH AVE S", "BELMONT BLVD", "UNIVERSITY AVE", "ABBEY CRT.",
        "ABERDEEN AVE.", "GALLATIN PIKE", "CHARLOTTE AVE", "NOLENSVILLE PIKE", "JOHN LUCAS DR.", "CLINE ST.",
        "MAIN ST", "LAKESHORE RD", "PLAINS RD E", "DICKERSON PIKE", "MURFREESBORO PIKE", "OLD HICKORY BLVD"};
    private static final String[][] CITIES = {{"Nashville", "TN", "37212"}, {"Antioch", "TN", "37013"},
        {"Madison", "TN", "37115"}, {"Hermitage", "TN", "37076"}, {"Old Hickory", "TN", "37138"},
        {"Burlington", "ON", ""}};
    private static final String[][] TYPES = {{"CARN", "Building Residential - New"},
        {"CARA", "Building Residential - Addition"}, {"CACR", "Building Commercial - Rehab"},
        {"CARR", "Building Residential - Rehab"}, {"CADM", "Building Demolition Permit"},
        {"CARK", "Building Residential - Roofing / Siding"}, {"CASN", "Building Sign Permit"},
        {"SO", "Other Single Detached Dwelling"}, {"PL", "Plumbing"}, {"CP", "Commercial"},
        {"SF", "New Single Detached Dwelling"}, {"M9", "Multi-Res (Part 9)"}};
    private static final String[] WORK = {"Single Family Residence", "Multifamily, Townhome", "Accessory Structure, Garage",
        "Renovation (No ZC Reqd)", "New", "Addition", "Demolition Permit - Residential"};
    private static final String[] DESCRIPTIONS = {"Addition and outbuilding construction must comply with hcn2022068323",
        "Proposed 13' x 32' Swimming Pool in rear yard.", "adding a 6' wide by 17.5' deep, single story addition",
        "New - Attached Deck", "Renovation (No ZC Reqd) - Single Detached Dwelling", "to construct a \"shell\" building",
        "Reroof, 24 squares, tear-off", "Interior demo only; no structural work", "To demolish existing single family"};
    private static final String[] COMPANIES = {"MAKER CONSTRUCTION LLC", "SITEWORKS LLC", "MUSIC CITY HANDYMEN LLC",
        "O'BRIEN & SONS ROOFING", "CUMBERLAND BUILDERS, INC.", "HALTON RENOVATIONS", "DESERT SUN ROOFING INC"};

    private final Random random;

    BldsFileGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: BldsFileGenerator FILE [ROWS] [SEED]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROWS;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long start = System.nanoTime();
        new BldsFileGenerator(seed).write(file, rows);
        System.out.printf("Wrote %,d permits (%,d bytes) to %s in %.1f s%n", rows, Files.size(file), file,
                (System.nanoTime() - start) / 1e9);
    }

    void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write(HEADER);
            out.write("\r\n");
            int sites = Math.max(1, rows * 3 / 4);
            for (int i = 0; i < rows; i++) {
                printer.printRecord(row(i, random.nextInt(sites)));
            }
        }
    }

    /** The 25 values of permit {@code i} at site {@code site} (the same site always has the same address). */
    private List<String> row(int i, int site) {
        boolean nashville = site % 5 != 0;
        String[] city = nashville ? CITIES[site % 5] : CITIES[5];
        String[] type = TYPES[random.nextInt(TYPES.length)];
        LocalDate applied = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(5 * 365));
        int stage = random.nextInt(100);
        LocalDate issued = stage < 25 ? null : applied.plusDays(3 + random.nextInt(60));
        LocalDate completed = stage < 60 || !nashville ? null : issued.plusDays(20 + random.nextInt(300));
        String[] status = status(stage, nashville);
        List<String> v = new ArrayList<>(25);
        v.add(nashville ? String.format("%s20%02d%06d", i % 3 == 0 ? "D" : "", 21 + i % 5, i) : String.format("%02d-%06d", 21 + i % 5, i));
        v.add(description());
        v.addAll(List.of(applied.toString(), date(issued), date(completed), status[0], status[1],
                date(completed != null ? completed : issued != null ? issued : applied)));
        v.addAll(List.of((100 + site % 9_800) + " " + STREETS[site % STREETS.length], "", city[0], city[1], city[2]));
        v.addAll(List.of("", WORK[random.nextInt(WORK.length)], type[0], type[0].equals("PL") ? "Plumbing" : "Building",
                type[1], String.valueOf(random.nextInt(20) == 0 ? 0 : 500 + random.nextInt(400_000)),
                nashville ? "" : String.valueOf(random.nextInt(3))));
        v.add(nashville ? String.format("%011d", 1_000_000L + site * 7L) : "");
        v.add(nashville ? String.format(Locale.ROOT, "%.8f", 36.0 + (site % 1000) / 2000.0) : "");
        v.add(nashville ? String.format(Locale.ROOT, "%.8f", -86.9 + (site % 997) / 2000.0) : "");
        v.add(nashville && random.nextInt(10) < 8 ? COMPANIES[random.nextInt(COMPANIES.length)] : "");
        v.add(nashville ? "Metro Nashville open data" : "City of Burlington open data");
        return v;
    }

    private String[] status(int stage, boolean nashville) {
        if (stage < 2) {
            return new String[] {"Withdrawn", "Permit Cancelled"};
        }
        if (stage < 4) {
            return new String[] {"Expired", ""};
        }
        if (stage < 25) {
            return new String[] {"Application Entered", "Application Accepted"};
        }
        if (stage < 60) {
            return new String[] {"Issued", "Permit Issued"};
        }
        return new String[] {nashville ? "Complete" : "Final", "Permit Finaled"};
    }

    private String description() {
        StringBuilder text = new StringBuilder(DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)]);
        for (int extra = random.nextInt(4); extra > 0; extra--) {
            text.append(". ").append(DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)]);
        }
        return text.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
