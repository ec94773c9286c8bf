package org.permitdesk.platform.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.PdfText;

/** Compiled templates kept in a cache folder between runs of the app (decision record 0009). */
class ReportTemplatesCacheTest {

    private static final String RECEIPT = "receipt.jrxml";

    @TempDir
    Path adjusted;
    @TempDir
    Path cache;

    @Test
    void theNextRunLoadsTheCompiledTemplateInsteadOfCompilingIt() throws IOException {
        ReportTemplates firstRun = new ReportTemplates(List.of(adjusted), cache);
        firstRun.report(RECEIPT);
        assertEquals(1, firstRun.compilations());
        assertEquals(1, cacheFiles("receipt-").size(), "one compiled receipt in the cache: " + cacheFiles(""));

        ReportTemplates nextRun = new ReportTemplates(List.of(adjusted), cache);
        String receipt = receiptText(nextRun);

        assertEquals(0, nextRun.compilations(), "loaded from the cache, not compiled");
        assertTrue(receipt.contains("Payment receipt") && receipt.contains("R2026-000001"), receipt);
    }

    @Test
    void anAdjustedCopyThatChangedIsCompiledAgainAndReplacesTheOldCompiledOne() throws IOException {
        Files.writeString(adjusted.resolve(RECEIPT), builtInReceipt().replace("Payment receipt", "Receipt, first try"));
        new ReportTemplates(List.of(adjusted), cache).report(RECEIPT);
        List<Path> before = cacheFiles("receipt-");

        Files.writeString(adjusted.resolve(RECEIPT), builtInReceipt().replace("Payment receipt", "Official receipt"));
        ReportTemplates nextRun = new ReportTemplates(List.of(adjusted), cache);
        String receipt = receiptText(nextRun);

        assertEquals(1, nextRun.compilations(), "the changed copy is compiled");
        assertTrue(receipt.contains("Official receipt") && !receipt.contains("first try"), receipt);
        List<Path> after = cacheFiles("receipt-");
        assertEquals(1, after.size(), "only the current compiled receipt is kept: " + after);
        assertFalse(after.equals(before), "a new file for the new content");
    }

    @Test
    void aCopyWithAMistakeIsRefusedEvenWhenTheCacheHoldsTheOlderGoodVersion() throws IOException {
        Files.writeString(adjusted.resolve(RECEIPT), builtInReceipt());
        new ReportTemplates(List.of(adjusted), cache).report(RECEIPT);
        Files.writeString(adjusted.resolve(RECEIPT),
                builtInReceipt().replace("$P{RECEIPT_NUMBER}", "$P{NO_SUCH_PARAMETER}"));

        ReportTemplates nextRun = new ReportTemplates(List.of(adjusted), cache);
        UserFacingException refused = assertThrows(UserFacingException.class, () -> nextRun.report(RECEIPT));

        assertEquals(1, nextRun.compilations(), "the new content is compiled, not the cached old one used");
        assertTrue(refused.getMessage().contains(adjusted.resolve(RECEIPT).toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("NO_SUCH_PARAMETER"), refused.getMessage());
        assertTrue(refused.getMessage().contains("remove the adjusted copy"), refused.getMessage());
    }

    @Test
    void aDamagedCompiledFileIsDeletedAndReplaced() throws IOException {
        new ReportTemplates(List.of(), cache).report(RECEIPT);
        Path compiled = cacheFiles("receipt-").get(0);
        byte[] good = Files.readAllBytes(compiled);

        for (byte[] damaged : List.of("not a compiled report".getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOf(good, good.length / 2), new byte[0])) {
            Files.write(compiled, damaged);
            ReportTemplates nextRun = new ReportTemplates(List.of(), cache);

            assertTrue(receiptText(nextRun).contains("Payment receipt"));
            assertEquals(1, nextRun.compilations(), "a damaged compiled file is not used");
            assertEquals(List.of(compiled), cacheFiles("receipt-"));
            ReportTemplates runAfter = new ReportTemplates(List.of(), cache);
            runAfter.report(RECEIPT);
            assertEquals(0, runAfter.compilations(), "the replacement loads");
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyMeansCompilingEachRun() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("in-the-way"), "a file where the folder should be");

        ReportTemplates templates = new ReportTemplates(List.of(), notAFolder.resolve("reports"));

        assertTrue(receiptText(templates).contains("Payment receipt"));
        assertEquals(1, templates.compilations());
        assertArrayEquals("a file where the folder should be".getBytes(StandardCharsets.US_ASCII),
                Files.readAllBytes(notAFolder));
    }

    @Test
    void withoutACacheFolderNothingIsWritten() throws IOException {
        ReportTemplates templates = new ReportTemplates(List.of(adjusted));
        templates.report(RECEIPT);
        templates.report(RECEIPT);

        assertEquals(1, templates.compilations(), "compiled once per run, kept in memory");
        try (Stream<Path> files = Files.list(adjusted)) {
            assertEquals(0, files.count());
        }
    }

    private List<Path> cacheFiles(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static String receiptText(ReportTemplates templates) {
        return PdfText.of(templates.pdf(RECEIPT, Map.of("RECEIPT_NUMBER", "R2026-000001",
                "PAID_TO_DATE", BigDecimal.ONE, "AMOUNT_PAID", BigDecimal.ONE), new JREmptyDataSource(0)));
    }

    private static String builtInReceipt() throws IOException {
        try (InputStream in = ReportTemplatesCacheTest.class.getResourceAsStream("/reports/" + RECEIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
