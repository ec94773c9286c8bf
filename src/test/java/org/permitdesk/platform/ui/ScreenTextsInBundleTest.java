package org.permitdesk.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps issue 18's "one place for user-facing text": the screens (every {@code ui} package) write no sentence in
 * Java — they take it from {@code messages.properties} through {@link Texts} — and every key the code or an FXML
 * file asks for is in the bundle. Reads the sources, so it needs the project directory as working directory
 * (Maven's default).
 */
class ScreenTextsInBundleTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path FXML = Path.of("fxml-resources");

    /** Literals that may stay in Java, each with its reason. Keep it short. */
    private static final Set<String> ALLOWED = Set.of(
            "\\u00bc mi", "\\u00bd mi" // RoutePlot scale bar: units, like the "1 mi" beside them
    );

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TEXTS_KEY = Pattern.compile("Texts\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern WORD = Pattern.compile("[a-z]{2,} [a-z]{2,}|[a-z]{2,}\\.$");
    private static final Pattern LOGGING = Pattern.compile("\\b(LOG|LOGGER|log|logger)\\.");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");

    @Test
    void screensWriteNoSentenceInJava() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : uiSources()) {
            String[] lines = withoutComments(Files.readString(file)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (isDeveloperFacing(line)) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (looksLikeSentence(text) && !ALLOWED.contains(text) && !isFormatPattern(line, literal.start())) {
                        found.add(MAIN.relativize(file) + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " user-facing sentences are written in Java instead of "
                + "messages.properties (use Texts.get):\n" + String.join("\n", found));
    }

    @Test
    void everyKeyTheScreensAskForIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/" + ViewLoader.BUNDLE.replace('.', '/') + ".properties")) {
            bundle.load(in);
        }
        Set<String> missing = new TreeSet<>();
        for (Path file : javaSources(MAIN)) {
            collectMissing(TEXTS_KEY, Files.readString(file), bundle, missing, MAIN.relativize(file).toString());
        }
        try (Stream<Path> files = Files.walk(FXML)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                collectMissing(FXML_KEY, Files.readString(file), bundle, missing, FXML.relativize(file).toString());
            }
        }
        assertEquals(Set.of(), missing, "keys used but missing from messages.properties");
        for (org.permitdesk.ui.Section section : org.permitdesk.ui.Section.values()) {
            assertTrue(!section.label().isBlank(), section + " has its label (section.<name>) in the bundle");
        }
        for (org.permitdesk.report.ui.ReportPeriod period : org.permitdesk.report.ui.ReportPeriod.values()) {
            assertTrue(!period.toString().isBlank(), period + " has its label (reportPeriod.<name>) in the bundle");
        }
    }

    /** Properties.load keeps the last of two equal keys: a sentence would silently replace an FXML label. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Path file = Path.of("src/main/resources/" + ViewLoader.BUNDLE.replace('.', '/') + ".properties");
        Set<String> seen = new java.util.HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")
                    && !seen.add(trimmed.substring(0, trimmed.indexOf('=')).strip())) {
                twice.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        assertEquals(Set.of(), twice, "keys defined twice in messages.properties (the last one wins everywhere)");
    }

    @Test
    void theScanCatchesASentenceAndSkipsWhatIsNotOne() {
        assertTrue(looksLikeSentence("Fee added."));
        assertTrue(looksLikeSentence("Could not check the mailbox: "));
        assertTrue(looksLikeSentence("required before the final") && !looksLikeSentence(" \\u00b7 "));
        assertTrue(!looksLikeSentence("error-message") && !looksLikeSentence("permit.status") && !looksLikeSentence("OK"));
        String line = "DateTimeFormatter.ofPattern(\"EEE MMM d, h:mm a\")";
        assertTrue(isFormatPattern(line, line.indexOf('"')));
    }

    private static void collectMissing(Pattern key, String text, Properties bundle, Set<String> missing, String where) {
        Matcher m = key.matcher(text);
        while (m.find()) {
            String used = m.group(1);
            boolean found = used.endsWith(".")
                    ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(used))
                    : bundle.containsKey(used);
            if (!found) {
                missing.add(m.group(1) + " (" + where + ")");
            }
        }
    }

    /**
     * Starts with an upper-case letter and has a space, or ends a sentence; or is a phrase of words (a piece of a
     * sentence, "required before the final"): what a person reads.
     */
    static boolean looksLikeSentence(String text) {
        String t = text.replace("\\u2026", "…");
        if (t.isEmpty()) {
            return false;
        }
        if (!Character.isUpperCase(t.charAt(0))) {
            return t.contains(" ") && WORD.matcher(t).find();
        }
        return t.contains(" ") || t.endsWith(".") || t.endsWith("…") || t.endsWith(":");
    }

    /** A date/number format pattern handed to a formatter, not text. */
    static boolean isFormatPattern(String line, int literalStart) {
        String before = line.substring(0, literalStart);
        return before.endsWith("ofPattern(") || before.endsWith("DecimalFormat(");
    }

    /** Log lines and exceptions thrown to the programmer (caught and worded by UserMessages before a user sees them). */
    private static boolean isDeveloperFacing(String line) {
        return LOGGING.matcher(line).find() || line.contains("Exception(");
    }

    private static List<Path> uiSources() throws IOException {
        return javaSources(MAIN).stream().filter(f -> f.getParent().getFileName().toString().equals("ui")).toList();
    }

    private static List<Path> javaSources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The source with comments blanked out (line numbers kept); string literals are left alone. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"' && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                out.append(source, i, end);
                i = end;
            } else if (c == '\'' && i + 2 < source.length()) {
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                end = end < 0 ? i + 1 : end + 1;
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
