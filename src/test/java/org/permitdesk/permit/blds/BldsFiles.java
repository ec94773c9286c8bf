package org.permitdesk.permit.blds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** BLDS files for tests: the two real open-data files and small crafted ones. */
public final class BldsFiles {

    public static final Path OPEN_PERMITS = Path.of(System.getProperty("permitdesk.openPermits",
            "/work/shared/data/open-permits"));
    public static final Path BURLINGTON = OPEN_PERMITS.resolve("burlington-2022-2026.blds.csv");
    public static final Path NASHVILLE = OPEN_PERMITS.resolve("nashville-2021-2024.blds.csv");

    public static final String HEADER = "PermitNum,Description,AppliedDate,IssuedDate,CompletedDate,StatusCurrent,"
            + "StatusCurrentMapped,StatusDate,OriginalAddress1,OriginalAddress2,OriginalCity,OriginalState,OriginalZip,"
            + "PermitType,PermitTypeDesc,EstProjectCost,PIN,Latitude,Longitude,ContractorCompanyName,ContractorLicNum";

    private BldsFiles() {
    }

    /** A valid row for {@link #HEADER}: an issued reroof at {@code address} with a contractor. */
    public static String row(String number, String address) {
        return number + ",Reroof 24 squares,2025-03-03,2025-03-10,,Issued,Permit Issued,2025-03-10," + address
                + ",,Palm Valley,CA,92260,RR,Residential Reroof,\"12,500.00\",007-123-045,33.7221,-116.3745,"
                + "Desert Sun Roofing Inc,1009988";
    }

    /** Writes {@link #HEADER} and the rows to {@code folder/name}. */
    public static Path write(Path folder, String name, String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(rows));
        try {
            return Files.write(folder.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a shared file in {@code folder}, so that a rejects file can be written beside it. */
    public static Path copy(Path file, Path folder) {
        try {
            return Files.copy(file, folder.resolve(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
