package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.permitdesk.permit.PublicSearchTermsFill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the public search index (V22) for the permits stored before it existed. Flyway finds Java migrations in the
 * package of its location ({@code db/migration}); the work is {@link PublicSearchTermsFill}'s.
 */
public final class V23__Fill_public_search_terms extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V23__Fill_public_search_terms.class);

    @Override
    public void migrate(Context context) throws Exception {
        long start = System.nanoTime();
        long permits = PublicSearchTermsFill.fill(context.getConnection());
        LOG.info("Public search terms of {} permits written in {} ms", permits, (System.nanoTime() - start) / 1_000_000);
    }
}
