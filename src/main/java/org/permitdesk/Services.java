package org.permitdesk;

import java.time.Clock;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.demo.DemoData;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.StaffService;

/**
 * The services of one open database, wired once and shared by the desktop app and the command line.
 * Opening the embedded database for the first time fills it with the demo permit center.
 */
public record Services(Database database, Clock clock, StaffService staff, PermitSearchService permitSearch,
                       DemoData demoData) implements AutoCloseable {

    /** Opens (creating and migrating as needed) the database; slow work, never on the JavaFX thread. */
    public static Services open(DatabaseSettings settings, Clock clock) {
        Database database = Database.open(settings, Entities.ALL);
        try {
            Services services = new Services(database, clock, new StaffService(database, new PasswordHasher(), clock),
                    new PermitSearchService(database), new DemoData(database, clock));
            if (settings.embeddedDefault() && services.demoData().isEmptyDatabase()) {
                services.demoData().fillNewEmbeddedDatabase(services.staff());
            }
            return services;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Contractors' licences from the last CSLB import (a stateless service, made on demand). */
    public CslbLicenceService cslbLicences() {
        return new CslbLicenceService(database);
    }

    /** Imports the CSLB licence master file (a stateless service, made on demand). */
    public CslbImportService cslbImport() {
        return new CslbImportService(database, clock);
    }

    /** Demo sign-ins are shown only for the embedded demo database. */
    public boolean showsDemoSignIns() {
        return database.settings().isH2() && demoData.hasDemoUsers();
    }

    @Override
    public void close() {
        database.close();
    }
}
