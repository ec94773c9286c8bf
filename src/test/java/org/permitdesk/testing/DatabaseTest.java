package org.permitdesk.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs twice, on H2 and on PostgreSQL, taking a {@link TestDb} parameter. Each test class
 * gets one fresh database of each kind, dropped when the class is done. Without a reachable PostgreSQL
 * server the PostgreSQL run is skipped — except under {@code CI=true}, where it fails.
 * {@code -Dpermitdesk.test.databases=h2} runs only the H2 half.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabases.class)
@Tag("database")
public @interface DatabaseTest {
}
