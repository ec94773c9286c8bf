package org.permitdesk.account.request;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own messages in the fixtures' format (messages/*.eml with .expected.json): reply chains with signatures,
 * Apple Mail and Outlook forwards, HTML tables and blockquotes, labels without colons, values in sentences.
 */
class MoreMessagesTest {

    static Stream<Path> messages() throws IOException, URISyntaxException {
        return ExpectedResult.messagesIn(Path.of(Objects.requireNonNull(
                MoreMessagesTest.class.getResource("messages"), "test resource folder messages/").toURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void readsWhatTheExpectedFileLists(Path message) throws IOException {
        ExpectedResult.assertParsedAsExpected(message);
    }
}
