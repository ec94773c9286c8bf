package org.permitdesk.platform.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Build step of the installer ({@code mvn -Pinstaller package}): compiles every {@code .jrxml} of a folder into
 * {@code <name>-<key>.jasper} files, named as {@link CompiledTemplateCache} names them, so that a packaged
 * PermitDesk loads its built-in templates instead of compiling them (and needs no Java compiler for them).
 * Usage: {@code CompileTemplates JRXML_FOLDER OUTPUT_FOLDER}; exit 0 when all compiled, 1 otherwise.
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: CompileTemplates JRXML_FOLDER OUTPUT_FOLDER");
            System.exit(2);
        }
        List<Path> written = compileAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Compiled " + written.size() + " report templates into " + args[1]);
        System.exit(0);
    }

    /** Compiles each {@code .jrxml} of {@code sources} into {@code output} (emptied of older compiled files first). */
    static List<Path> compileAll(Path sources, Path output) throws IOException {
        Files.createDirectories(output);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(output, "*.jasper")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
        List<Path> written = new ArrayList<>();
        try (DirectoryStream<Path> templates = Files.newDirectoryStream(sources, "*.jrxml")) {
            for (Path template : templates) {
                byte[] jrxml = Files.readAllBytes(template);
                String name = template.getFileName().toString();
                JasperReport report;
                try {
                    report = JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml));
                } catch (JRException e) {
                    throw new IllegalStateException("The report template " + template + " has a mistake: "
                            + e.getMessage(), e);
                }
                Path target = output.resolve(CompiledTemplateCache.fileName(name, CompiledTemplateCache.key(jrxml)));
                try (OutputStream out = Files.newOutputStream(target)) {
                    JRSaver.saveObject(report, out);
                } catch (JRException e) {
                    throw new IOException("Cannot write " + target + ": " + e.getMessage(), e);
                }
                written.add(target);
            }
        }
        return written;
    }
}
