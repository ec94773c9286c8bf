package org.permitdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseRequestCommandTest {

    private static final String CONTRACTOR_REQUEST = String.join("\r\n",
            "From: Daniel Reyes <dreyes@cvsolar.example.com>",
            "To: permitcenter@city.example.gov",
            "Subject: Contractor - eTRAKiT Account Setup",
            "Message-ID: <cli-test@cvsolar.example.com>",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "1. CSLB Number: 1045872",
            "2. Business Name: Coachella Valley Solar Inc.",
            "3. Mailing Address: 42-600 Cook St, Suite 110, Palm Desert, CA 92211",
            "4. Contact Person Name: Daniel Reyes",
            "5. Contact Email: dreyes@cvsolar.example.com",
            "6. Contact Phone Number: (760) 555-0188",
            "");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = PermitDeskCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    /** Standard output must be one JSON object and nothing else. */
    private JsonNode onlyJsonObject() throws IOException {
        try (JsonParser parser = new ObjectMapper().createParser(out.toString())) {
            JsonNode node = parser.readValueAsTree();
            assertTrue(node != null && node.isObject(), "not a JSON object: " + out);
            assertNull(parser.nextToken(), "more than one JSON value on stdout: " + out);
            return node;
        }
    }

    @Test
    void completeRequestPrintsItsFieldsAndExits0() throws IOException {
        Path eml = file("request.eml", CONTRACTOR_REQUEST.getBytes(StandardCharsets.UTF_8));

        assertEquals(0, run("parse-request", eml.toString()), err.toString());

        JsonNode json = onlyJsonObject();
        assertEquals("CONTRACTOR", json.get("accountType").asText());
        assertEquals("1045872", json.get("fields").get("cslbNumber").asText());
        assertEquals("(760) 555-0188", json.get("fields").get("phone").asText());
        assertEquals(6, json.get("fields").size());
        assertTrue(json.get("problems").isArray() && json.get("problems").isEmpty());
        assertEquals("", err.toString());
    }

    @Test
    void outOfOfficeReplyIsNotAnAccountRequestWithTheReasonAndExits1() throws IOException {
        Path eml = file("ooo.eml", CONTRACTOR_REQUEST.replace("Subject: Contractor", "Subject: Automatic reply:"
                + " Contractor").replace("Content-Type:", "Auto-Submitted: auto-replied\r\nContent-Type:")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(1, run("parse-request", eml.toString()));

        JsonNode json = onlyJsonObject();
        assertTrue(json.get("accountType").isNull(), out.toString());
        assertTrue(json.get("fields").isEmpty(), "an automatic reply gives no fields: " + out);
        assertEquals("accountType", json.get("problems").get(0).get("field").asText());
        String message = json.get("problems").get(0).get("message").asText();
        assertTrue(message.startsWith("Not an account request: it is an automatic reply")
                && message.contains("Auto-Submitted: auto-replied"), message);
    }

    @Test
    void requestWithProblemsListsThemByFieldAndExits1() throws IOException {
        Path eml = file("bad.eml", CONTRACTOR_REQUEST.replace("1045872", "12-AB")
                .replace("(760) 555-0188", "Jos\u00e9's cell").getBytes(StandardCharsets.UTF_8));

        assertEquals(1, run("parse-request", eml.toString()));

        JsonNode json = onlyJsonObject();
        assertFalse(json.get("fields").has("cslbNumber"), "an invalid licence is not output as a field");
        assertFalse(json.get("fields").has("phone"));
        assertEquals("cslbNumber", json.get("problems").get(0).get("field").asText());
        assertTrue(json.get("problems").get(0).get("message").asText().contains("\"12-AB\" is not a licence number"));
        assertEquals("phone", json.get("problems").get(1).get("field").asText());
        assertTrue(json.get("problems").get(1).get("message").asText().contains("Jos\u00e9's cell"),
                "non-ASCII survives (escaped) in the JSON");
        assertTrue(out.toString().chars().allMatch(c -> c < 128), "output is plain ASCII whatever the console");
    }

    @Test
    void messageThatIsNotARequestGivesANullTypeAndExits1() throws IOException {
        Path eml = file("question.eml", String.join("\n", "From: pnguyen@example.net",
                "Subject: Question about my inspection", "", "Did the inspector come today?", "").getBytes(StandardCharsets.UTF_8));

        assertEquals(1, run("parse-request", eml.toString()));

        JsonNode json = onlyJsonObject();
        assertTrue(json.get("accountType").isNull());
        assertTrue(json.get("fields").isEmpty());
        assertEquals("accountType", json.get("problems").get(0).get("field").asText());
    }

    @Test
    void fileThatIsNotMailOrCannotBeReadExits2WithOneLineOnStderr() throws IOException {
        Path empty = file("empty.eml", new byte[0]);
        Path pdf = file("scan.pdf", "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        String[][] cases = {
            {empty.toString(), "empty"},
            {pdf.toString(), "PDF"},
            {folder.resolve("missing.eml").toString(), "no such file"},
            {folder.toString(), "folder"}};
        for (String[] unusable : cases) {
            StringWriter before = new StringWriter();
            before.write(err.toString());
            assertEquals(2, run("parse-request", unusable[0]), unusable[0]);
            String message = err.toString().substring(before.toString().length()).strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith(unusable[0] + ": ") && message.contains(unusable[1]), message);
            assertFalse(message.contains("Exception"), message);
        }
        assertEquals("", out.toString(), "nothing on stdout when there is no result");
    }

    /** Issue 17, item 12: what is read is bounded, whatever the file says its size is. */
    @Test
    void endlessOrHugeInputIsRefusedQuicklyWithOneLine() throws IOException {
        Path big = folder.resolve("big.eml");
        try (OutputStream stream = Files.newOutputStream(big)) {
            byte[] block = "Request: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                    .getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 30L * 1024 * 1024; written += block.length) {
                stream.write(block);
            }
        }
        Path headers = folder.resolve("headers.eml");
        try (Writer writer = Files.newBufferedWriter(headers)) {
            writer.write("From: a@example.org\nSubject: Contractor account\n");
            for (int i = 0; i < 600_000; i++) {
                writer.write("X-Filler-" + i + ": value\n");
            }
            writer.write("\nBusiness name: Acme\n");
        }
        String[][] cases = {
            {"/dev/zero", "larger than 25 MB: that is not an emailed account request."},
            {big.toString(), "larger than 25 MB: that is not an emailed account request."},
            {headers.toString(), "more than 10,000 header lines: it is not an email message."}};
        for (String[] unusable : cases) {
            if (unusable[0].startsWith("/dev/") && !Files.exists(Path.of(unusable[0]))) {
                continue;
            }
            int before = err.toString().length();
            long start = System.nanoTime();
            assertEquals(2, run("parse-request", unusable[0]), unusable[0]);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 5, unusable[0] + " took " + seconds + " s");
            String message = err.toString().substring(before).strip();
            assertTrue(message.startsWith(unusable[0] + ": "), message);
            assertTrue(message.endsWith(unusable[1]), message);
            assertEquals(1, message.lines().count(), message);
        }
        assertEquals("", out.toString());
    }

    @Test
    void helpDescribesTheExitCodes() {
        assertEquals(0, run("parse-request", "--help"));
        assertTrue(out.toString().contains("Exit codes: 0"), out.toString());
        assertEquals(2, run("parse-request"), "FILE is required");
    }
}
