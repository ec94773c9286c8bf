package org.permitdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.permitdesk.platform.ui.ViewLoader;
import org.testfx.api.FxToolkit;

/** Every FXML file loads with the message bundle, and its fx:ids match the @FXML fields of its view. */
class FxmlFilesTest {

    private static final Path ROOT = Path.of("fxml-resources");
    private static final Pattern FX_ID = Pattern.compile("fx:id=\"(\\w+)\"");

    @BeforeAll
    static void startToolkit() throws Exception {
        // Through TestFX, so that screen tests in the same JVM find the toolkit as they expect.
        FxToolkit.registerPrimaryStage();
    }

    @TestFactory
    Stream<DynamicTest> everyFxmlFileLoadsAndMatchesItsView() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(path -> path.toString().endsWith(".fxml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no FXML files found under " + ROOT.toAbsolutePath());
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        String relative = ROOT.relativize(file).toString().replace('\\', '/');
        String className = relative.replace('/', '.').replaceFirst("\\.fxml$", "View");
        Class<?> view = Class.forName(className);
        ResourceBundle bundle = ResourceBundle.getBundle(ViewLoader.BUNDLE);
        CompletableFuture<Object> loaded = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                loaded.complete(new FXMLLoader(file.toUri().toURL(), bundle).load());
            } catch (Exception e) {
                loaded.completeExceptionally(e);
            }
        });
        assertNotNull(loaded.get(20, TimeUnit.SECONDS));

        Set<String> ids = new TreeSet<>();
        Matcher matcher = FX_ID.matcher(Files.readString(file));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        Set<String> fields = Arrays.stream(view.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(FXML.class))
                .map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fields, ids, relative + ": fx:ids and @FXML fields of " + view.getSimpleName() + " differ");
        assertNotNull(ViewLoader.fxmlOf(view));
    }
}
