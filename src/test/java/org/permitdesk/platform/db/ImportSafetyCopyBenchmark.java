package org.permitdesk.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.permitdesk.platform.AppHome;

/**
 * What the embedded database's import safety copy costs on an existing data folder:
 * {@code java -cp … org.permitdesk.platform.db.ImportSafetyCopyBenchmark DATA_FOLDER} prints the database's size, how
 * long the copy takes before an import and its size, and how long putting it back takes at a start after a kill.
 * The data folder's database is left as it was (the copy put back is the database itself). With
 * {@code --counts DATA_FOLDER} it prints the permit and type counts instead.
 */
public final class ImportSafetyCopyBenchmark {

    private ImportSafetyCopyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--counts")) { // for bench/import-kill-reproduction.sh: opened as any start opens it
            AppHome home = AppHome.fromEnvironment(Map.of("PERMITDESK_HOME", args[1]), Map.of());
            try (Database database = Database.openForJdbc(EmbeddedDatabase.settings(home))) {
                System.out.println(database.text("SELECT (SELECT COUNT(*) FROM permit) || ' permits, '"
                        + " || (SELECT COUNT(*) FROM permit_type) || ' types'").orElseThrow());
            } catch (RuntimeException e) {
                System.out.println("cannot read: " + e.getMessage());
            }
            return;
        }
        AppHome home = AppHome.fromEnvironment(Map.of("PERMITDESK_HOME", args[0]), Map.of());
        DatabaseSettings settings = EmbeddedDatabase.settings(home);
        Path databaseFile = EmbeddedDatabase.databaseFileOf(settings);
        Path folder = databaseFile.getParent();
        Path spare = folder.resolve("benchmark-copy.zip");
        try (Database database = Database.openForJdbc(settings)) {
            System.out.printf("database     %,d bytes%n", Files.size(folder.resolve("permitdesk.mv.db")));
            long start = System.nanoTime();
            try (ImportSafetyCopy copy = ImportSafetyCopy.take(database)) {
                long took = System.nanoTime() - start;
                Path zip = folder.resolve(ImportSafetyCopy.COPY);
                System.out.printf("copy         %.2f s, %,d bytes%n", took / 1e9, Files.size(zip));
                Files.copy(zip, spare, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(spare, folder.resolve(ImportSafetyCopy.COPY), StandardCopyOption.REPLACE_EXISTING);
        Files.createFile(folder.resolve(ImportSafetyCopy.MARKER));
        long start = System.nanoTime();
        boolean restored = ImportSafetyCopy.restoreIfInterrupted(databaseFile);
        System.out.printf("put back     %.2f s (%s)%n", (System.nanoTime() - start) / 1e9, restored);
    }
}
