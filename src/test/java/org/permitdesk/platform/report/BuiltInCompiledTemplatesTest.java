package org.permitdesk.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.testing.PdfText;

/**
 * The installer's build step compiles the built-in templates ({@link CompileTemplates}); the packaged app loads them
 * instead of compiling (so its first report needs no Java compiler), while an adjusted copy still wins.
 */
class BuiltInCompiledTemplatesTest {

    private static final String RECEIPT = "receipt.jrxml";

    @TempDir
    Path build;
    @TempDir
    Path adjusted;

    @Test
    void aBuiltInTemplateCompiledAtBuildTimeIsLoadedNotCompiled() throws IOException {
        try (URLClassLoader packaged = packagedClassPath()) {
            ReportTemplates templates = new ReportTemplates(List.of(adjusted), null, packaged);

            String receipt = receiptText(templates);

            assertEquals(0, templates.compilations(), "the compiled copy from the build is used");
            assertTrue(receipt.contains("Payment receipt") && receipt.contains("R2026-000001"), receipt);
        }
    }

    @Test
    void anAdministratorsAdjustedCopyWinsOverTheCompiledBuiltInOne() throws IOException {
        Files.writeString(adjusted.resolve(RECEIPT), builtInReceipt().replace("Payment receipt", "Official receipt"));
        try (URLClassLoader packaged = packagedClassPath()) {
            ReportTemplates templates = new ReportTemplates(List.of(adjusted), null, packaged);

            String receipt = receiptText(templates);

            assertEquals(1, templates.compilations(), "the adjusted copy is compiled");
            assertTrue(receipt.contains("Official receipt") && !receipt.contains("Payment receipt"), receipt);
        }
    }

    @Test
    void aCompiledCopyOfOtherTemplateBytesIsNotUsed() throws IOException {
        Path compiled = build.resolve("reports/compiled");
        Files.createDirectories(compiled);
        Path source = build.resolve("sources");
        Files.createDirectories(source);
        // What a jar would hold if receipt.jrxml changed after its .jasper was made: another key, so not found.
        Files.writeString(source.resolve(RECEIPT), builtInReceipt().replace("Payment receipt", "Stale receipt"));
        CompileTemplates.compileAll(source, compiled);
        try (URLClassLoader packaged = new URLClassLoader(new URL[] {build.toUri().toURL()},
                BuiltInCompiledTemplatesTest.class.getClassLoader())) {
            ReportTemplates templates = new ReportTemplates(List.of(), null, packaged);

            String receipt = receiptText(templates);

            assertEquals(1, templates.compilations(), "compiled from the JRXML on the class path");
            assertTrue(receipt.contains("Payment receipt") && !receipt.contains("Stale"), receipt);
        }
    }

    @Test
    void administratorsPutAdjustedTemplatesInTheDataFolderOrEtcPermitdeskNotInTheInstallFolder() {
        Path data = Path.of("/home/clerk/.local/share/permitdesk");
        Path install = Path.of("/opt/permitdesk/lib/app");

        assertEquals(List.of(data.resolve("reports"), Path.of("/etc/permitdesk/reports"), install.resolve("reports")),
                ReportTemplates.overrideFolders(data, "Linux", Optional.of(install)));
        assertEquals(List.of(Path.of("C:/Users/clerk/AppData/Roaming/PermitDesk/reports")),
                ReportTemplates.overrideFolders(Path.of("C:/Users/clerk/AppData/Roaming/PermitDesk"), "Windows 11",
                        Optional.empty()));
    }

    /** The class path of a packaged app: the built-in JRXML (from the test class path) and its compiled copies. */
    private URLClassLoader packagedClassPath() throws IOException {
        Path sources = build.resolve("sources");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve(RECEIPT), builtInReceipt());
        List<Path> written = CompileTemplates.compileAll(sources, build.resolve("reports/compiled"));
        assertEquals(1, written.size(), written.toString());
        return new URLClassLoader(new URL[] {build.toUri().toURL()}, BuiltInCompiledTemplatesTest.class.getClassLoader());
    }

    private static String receiptText(ReportTemplates templates) {
        return PdfText.of(templates.pdf(RECEIPT, Map.of("RECEIPT_NUMBER", "R2026-000001",
                "PAID_TO_DATE", BigDecimal.ONE, "AMOUNT_PAID", BigDecimal.ONE), new JREmptyDataSource(0)));
    }

    private static String builtInReceipt() throws IOException {
        try (InputStream in = BuiltInCompiledTemplatesTest.class.getResourceAsStream("/reports/" + RECEIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
