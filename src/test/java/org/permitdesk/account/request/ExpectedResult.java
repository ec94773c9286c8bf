package org.permitdesk.account.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A folder of {@code NN-name.eml} messages, each with {@code NN-name.expected.json} beside it. */
final class ExpectedResult {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedResult() {
    }

    static Stream<Path> messagesIn(Path folder) throws IOException {
        assertTrue(Files.isDirectory(folder), "The test messages are missing: expected them in "
                + folder.toAbsolutePath().normalize());
        List<Path> messages;
        try (Stream<Path> files = Files.list(folder)) {
            messages = files.filter(file -> file.getFileName().toString().endsWith(".eml")).sorted()
                    .collect(Collectors.toList());
        }
        assertFalse(messages.isEmpty(), "No .eml messages in " + folder.toAbsolutePath().normalize());
        return messages.stream();
    }

    /** Parses the message and checks type, fields (exactly) and the fields with problems against its .expected.json. */
    static void assertParsedAsExpected(Path message) throws IOException {
        String name = message.getFileName().toString();
        Path expectedFile = message.resolveSibling(name.replaceFirst("\\.eml$", ".expected.json"));
        assertTrue(Files.exists(expectedFile), "No expected result beside " + name);
        JsonNode expected = JSON.readTree(expectedFile.toFile());

        ParsedRequest parsed = new AccountRequestParser().parse(Files.readAllBytes(message));

        String expectedType = expected.get("accountType").isNull() ? null : expected.get("accountType").asText();
        assertEquals(expectedType, parsed.accountType() == null ? null : parsed.accountType().name(), name);
        Map<String, String> expectedFields = new LinkedHashMap<>();
        expected.get("fields").fields().forEachRemaining(field -> expectedFields.put(field.getKey(),
                field.getValue().asText()));
        assertEquals(expectedFields, parsed.fields(), name);
        List<String> expectedProblems = new ArrayList<>();
        expected.get("problems").forEach(problem -> expectedProblems.add(problem.asText()));
        List<String> problemFields = parsed.problems().stream().map(FieldProblem::field).collect(Collectors.toList());
        assertEquals(expectedProblems.stream().sorted().collect(Collectors.toList()),
                problemFields.stream().sorted().collect(Collectors.toList()), name + ": " + parsed.problems());
        for (FieldProblem problem : parsed.problems()) {
            assertFalse(parsed.fields().containsKey(problem.field()), "a field with a problem is not output: " + problem);
            assertTrue(problem.message().contains("Ask ") || problem.message().contains("ask "),
                    "the message says what to ask for: " + problem.message());
        }
    }
}
