package org.permitdesk.platform.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled templates ({@code .jasper}, serialized {@link JasperReport}s) in a folder, one file per template and
 * key: {@code receipt-<sha256>.jasper}. The key is a SHA-256 of the JasperReports version, the Java version and
 * the template's JRXML bytes, so a changed template, another JasperReports or another Java never finds an old
 * file. Whatever goes wrong here is logged and never stops a report: an unreadable file is deleted (the caller
 * compiles), a file that cannot be written is left out. Decision record 0009.
 */
final class CompiledTemplateCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledTemplateCache.class);
    private static final String SUFFIX = ".jasper";

    private final Path folder;

    CompiledTemplateCache(Path folder) {
        this.folder = folder;
    }

    /** The cache key of a template's JRXML bytes with this JasperReports and this Java. */
    static String key(byte[] jrxml) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("jasperreports " + jasperReportsVersion() + "\njava " + Runtime.version().feature() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(jrxml));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The file for template {@code name} ("receipt.jrxml") and {@code key}. */
    Path file(String name, String key) {
        return folder.resolve(fileName(name, key));
    }

    /** {@code receipt-<key>.jasper} for template {@code name} ("receipt.jrxml") and {@code key}. */
    static String fileName(String name, String key) {
        return baseName(name) + "-" + key + SUFFIX;
    }

    /**
     * The compiled template in class path resource {@code resource} (compiled at build time), if there is one that
     * loads; one that does not is logged and left out (the caller compiles).
     */
    static Optional<JasperReport> findResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(usable(JRLoader.loadObject(in)));
        } catch (Exception | LinkageError e) {
            LOG.warn("Built-in compiled report template {} cannot be used ({}); compiling it", resource, e.toString());
            return Optional.empty();
        }
    }

    private static JasperReport usable(Object loaded) throws JRException {
        if (!(loaded instanceof JasperReport report)) {
            throw new IllegalStateException("not a compiled report but " + loaded.getClass().getName());
        }
        // Loads the compiled expressions: damaged class bytes show up here rather than in the middle of a fill.
        JasperCompileManager.getInstance(DefaultJasperReportsContext.getInstance()).getEvaluator(report);
        return report;
    }

    /**
     * The compiled template kept for {@code name} and {@code key}, if there is one that loads; a file that does not
     * load (cut short, garbage, from an incompatible library) is deleted.
     */
    Optional<JasperReport> find(String name, String key) {
        Path file = file(name, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(usable(JRLoader.loadObject(file.toFile())));
        } catch (Exception | LinkageError e) {
            LOG.warn("Compiled report template {} cannot be used ({}); deleting it and compiling {} again",
                    file, e.toString(), name);
            try {
                Files.deleteIfExists(file);
            } catch (IOException | SecurityException cannotDelete) {
                LOG.warn("Could not delete {}: {}", file, cannotDelete.toString());
            }
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code report} as the compiled template for {@code name} and {@code key}: written to a temporary file
     * and moved into place, so a reader never sees half a file; other keys' files of the same template are deleted.
     */
    void keep(String name, String key, JasperReport report) {
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, baseName(name) + "-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                JRSaver.saveObject(report, out);
            }
            Path target = file(name, key);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            deleteOlderVersions(name, target);
        } catch (Exception e) {
            LOG.warn("Could not keep the compiled report template {} in {} ({}); it is compiled again next time",
                    name, folder, e.toString());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException | SecurityException ignored) {
                    // Left behind in the cache folder: harmless.
                }
            }
        }
    }

    /** Deletes the compiled files of earlier versions of the template; one that cannot be deleted now stays. */
    private void deleteOlderVersions(String name, Path kept) {
        Pattern sameTemplate = Pattern.compile(Pattern.quote(baseName(name)) + "-[0-9a-f]{64}" + Pattern.quote(SUFFIX));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (!file.equals(kept) && sameTemplate.matcher(file.getFileName().toString()).matches()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not delete an older compiled version of {} in {}: {}", name, folder, e.toString());
        }
    }

    private static String baseName(String name) {
        return name.endsWith(".jrxml") ? name.substring(0, name.length() - ".jrxml".length()) : name;
    }

    private static String jasperReportsVersion() {
        Package library = JasperCompileManager.class.getPackage();
        String version = library == null ? null : library.getImplementationVersion();
        if (version != null) {
            return version;
        }
        // No manifest version (e.g. an unpacked library): the library's location stands in for it.
        var source = JasperCompileManager.class.getProtectionDomain().getCodeSource();
        return source == null ? "unknown" : String.valueOf(source.getLocation());
    }
}
