package org.permitdesk.platform.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.permitdesk.platform.UserFacingException;

/**
 * JasperReports templates ({@code .jrxml}, JasperReports 7 format) by name, compiled once and kept.
 * A template is read from the first override folder that has it — by default {@code reports/} beside
 * the PermitDesk jar, where an administrator may put an adjusted copy — and otherwise from the copy built
 * into the jar ({@code reports/} on the class path). An adjusted file is compiled again when it changes.
 * Thread-safe; compiling and filling are slow, so never on the JavaFX thread.
 *
 * <p>Compiling a template costs about 2 s of CPU. With a cache folder (decision record 0009) a compiled template is
 * also kept on disk, named by a SHA-256 of the template's bytes, the JasperReports version and the Java version,
 * so that the next run of the app loads it instead of compiling; a changed template gets another name and is
 * compiled again. A cache file that cannot be used is deleted and the template compiled; a cache file that
 * cannot be written is only logged.
 *
 * <p>A packaged PermitDesk ({@code mvn -Pinstaller package}) carries its built-in templates compiled at build time
 * as {@code reports/compiled/<name>-<key>.jasper} on the class path ({@link CompileTemplates}), with the same key as
 * the cache: a built-in template is then loaded, never compiled, as long as its JRXML, the JasperReports version
 * and the Java version are those of the build. Otherwise it is compiled as before.
 */
public final class ReportTemplates {

    private final List<Path> overrideFolders;
    private final CompiledTemplateCache cache;
    private final ClassLoader builtIn;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
    private final AtomicInteger compilations = new AtomicInteger();

    /** Templates from the override folders, then the built-in ones; compiled in each run (no cache on disk). */
    public ReportTemplates(List<Path> overrideFolders) {
        this(overrideFolders, null);
    }

    /**
     * Templates from the override folders, then the built-in ones; compiled templates kept in {@code cacheFolder}
     * (created when needed) for the next run, or only in memory when it is {@code null}.
     */
    public ReportTemplates(List<Path> overrideFolders, Path cacheFolder) {
        this(overrideFolders, cacheFolder, ReportTemplates.class.getClassLoader());
    }

    /** As above, with the built-in templates and their compiled copies read through {@code builtIn}. */
    ReportTemplates(List<Path> overrideFolders, Path cacheFolder, ClassLoader builtIn) {
        this.overrideFolders = List.copyOf(overrideFolders);
        this.cache = cacheFolder == null ? null : new CompiledTemplateCache(cacheFolder);
        this.builtIn = builtIn;
    }

    /** Templates from {@code reports/} beside the jar PermitDesk runs from (if any), then the built-in ones. */
    public static ReportTemplates besideTheApplication() {
        return besideTheApplication(null);
    }

    /**
     * Templates from {@code reports/} beside the jar PermitDesk runs from (if any), then the built-in ones, with
     * the compiled templates kept in {@code cacheFolder} (e.g. {@code cache/reports/} of the data folder).
     */
    public static ReportTemplates besideTheApplication(Path cacheFolder) {
        return new ReportTemplates(applicationFolder().map(folder -> folder.resolve("reports")).stream().toList(),
                cacheFolder);
    }

    /**
     * Templates an administrator adjusted, first found first: {@code reports/} in the user's data folder, then (not
     * on Windows) {@code /etc/permitdesk/reports/} for every user of an installed PermitDesk, then {@code reports/}
     * beside the jar (a copy run with {@code java -jar}; an installed app's folder is read-only to users); then the
     * built-in ones. Compiled templates are kept in {@code cacheFolder}.
     */
    public static ReportTemplates forUser(Path dataFolder, String osName, Path cacheFolder) {
        return new ReportTemplates(overrideFolders(dataFolder, osName, applicationFolder()), cacheFolder);
    }

    static List<Path> overrideFolders(Path dataFolder, String osName, Optional<Path> applicationFolder) {
        List<Path> folders = new ArrayList<>();
        folders.add(dataFolder.resolve("reports"));
        if (!osName.toLowerCase(Locale.ROOT).contains("win")) {
            folders.add(Path.of("/etc/permitdesk/reports"));
        }
        applicationFolder.ifPresent(folder -> folders.add(folder.resolve("reports")));
        return List.copyOf(folders);
    }

    /** How many times this instance compiled a template from its JRXML (rather than loading it from the cache). */
    int compilations() {
        return compilations.get();
    }

    /** Fills the template {@code name} ("receipt.jrxml") and exports it as PDF bytes. */
    public byte[] pdf(String name, Map<String, Object> parameters, JRDataSource rows) {
        try {
            JasperPrint print = JasperFillManager.fillReport(report(name), new HashMap<>(parameters), rows);
            return pdfBytes(print);
        } catch (JRException e) {
            throw new UserFacingException("The report " + source(name).description + " could not be made: "
                    + e.getMessage(), e);
        }
    }

    private static byte[] pdfBytes(JasperPrint print) throws JRException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlainTextPdfExporter.write(print, bytes);
        return bytes.toByteArray();
    }

    /**
     * The bytes of an optional picture an administrator put beside the templates (e.g. {@code logo.png} in
     * {@code reports/} beside the jar), or {@code null} when there is none or it cannot be read: a report then
     * leaves its place blank rather than failing.
     */
    public byte[] optionalImage(String name) {
        for (Path folder : overrideFolders) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException | SecurityException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Compiles the templates and makes a PDF of each with one empty row (loading what filling, text layout and
     * export need), so that the first real report is quick: the cold first one costs seconds. Slow: call it in the
     * background, e.g. once a user who prints these reports has signed in.
     */
    public void prepare(List<String> names) {
        for (String name : names) {
            try {
                pdfBytes(JasperFillManager.fillReport(report(name), new HashMap<>(),
                        new net.sf.jasperreports.engine.JREmptyDataSource(1)));
            } catch (JRException | RuntimeException e) {
                // The real report will compile again and say what is wrong: preparing is only a head start.
            }
        }
    }

    /** The compiled template, compiled again only when its source file changed. */
    public JasperReport report(String name) {
        Source source = source(name);
        Compiled known = compiled.get(name);
        if (known != null && known.source.equals(source)) {
            return known.report;
        }
        return compiled.compute(name, (key, old) ->
                old != null && old.source.equals(source) ? old : new Compiled(source, load(name, source))).report;
    }

    /**
     * The template compiled at build time (built-in ones only), or the compiled copy in the cache made from the same
     * bytes, or compiled from its JRXML.
     */
    private JasperReport load(String name, Source source) {
        byte[] jrxml = read(source);
        String key = CompiledTemplateCache.key(jrxml);
        if (source.resource != null) {
            Optional<JasperReport> prebuilt = CompiledTemplateCache.findResource(builtIn,
                    "reports/compiled/" + CompiledTemplateCache.fileName(name, key));
            if (prebuilt.isPresent()) {
                return prebuilt.get();
            }
        }
        if (cache == null) {
            return compile(source, jrxml);
        }
        Optional<JasperReport> kept = cache.find(name, key);
        if (kept.isPresent()) {
            return kept.get();
        }
        JasperReport report = compile(source, jrxml);
        cache.keep(name, key, report);
        return report;
    }

    private Source source(String name) {
        for (Path folder : overrideFolders) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return new Source(file.toString(), file, Files.getLastModifiedTime(file), null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (builtIn.getResource("reports/" + name) == null) {
            throw new IllegalArgumentException("No report template " + name + " in " + overrideFolders
                    + " or reports/ on the class path");
        }
        return new Source("reports/" + name + " (built in)", null, null, "reports/" + name);
    }

    private JasperReport compile(Source source, byte[] jrxml) {
        compilations.incrementAndGet();
        try {
            return JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml));
        } catch (JRException e) {
            throw new UserFacingException("The report template " + source.description + " has a mistake: "
                    + e.getMessage() + ". Fix it or remove the adjusted copy to use the built-in one.", e);
        }
    }

    private byte[] read(Source source) {
        try (InputStream in = source.file == null
                ? builtIn.getResourceAsStream(source.resource)
                : Files.newInputStream(source.file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> applicationFolder() {
        try {
            Path location = Path.of(ReportTemplates.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Where a template is read from: a file (with its last change) or a class path resource. */
    private record Source(String description, Path file, FileTime modified, String resource) {
    }

    private record Compiled(Source source, JasperReport report) {
    }
}
