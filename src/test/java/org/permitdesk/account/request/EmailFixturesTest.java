package org.permitdesk.account.request;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample message in the shared fixtures gives the account type, fields and problems its .expected.json lists. */
class EmailFixturesTest {

    /** Maven runs the tests from the project folder; the shared fixtures sit beside it. */
    private static final Path FIXTURES = Path.of("..", "shared", "fixtures", "email-requests");

    static Stream<Path> fixtures() throws IOException {
        return ExpectedResult.messagesIn(FIXTURES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsWhatTheExpectedFileLists(Path message) throws IOException {
        ExpectedResult.assertParsedAsExpected(message);
    }
}
