package org.permitdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.permitdesk.account.request.AccountRequestParser;
import org.permitdesk.account.request.ParsedRequest;

/**
 * Parser throughput on one thread (docs/benchmarks.md): every sample message (the shared fixtures and the
 * parser tests' own messages: plain, forwarded, replies, HTML-only, multipart, quoted-printable, base64,
 * attachments) parsed round-robin; a 15-second warm-up, then three measured rounds. Run by bench/parser-benchmark.sh.
 */
public final class ParserBenchmark {

    public static void main(String[] args) throws IOException {
        List<byte[]> messages = new ArrayList<>();
        for (String folder : args) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(eml|txt)$")).sorted().toList()) {
                    messages.add(Files.readAllBytes(file));
                }
            }
        }
        AccountRequestParser parser = new AccountRequestParser();
        System.out.printf(Locale.US, "%d sample messages, %.1f KB on average%n", messages.size(),
                messages.stream().mapToInt(m -> m.length).average().orElse(0) / 1024);
        run(parser, messages, 15_000);
        for (int round = 1; round <= 3; round++) {
            long[] result = run(parser, messages, 5_000);
            System.out.printf(Locale.US, "round %d: %,d messages in %.2f s = %,.0f messages/s (%.0f \u00b5s each)%n",
                    round, result[0], result[1] / 1e9, result[0] / (result[1] / 1e9), result[1] / 1e3 / result[0]);
        }
    }

    /** Parses round-robin for about {@code millis}; returns {messages parsed, nanoseconds}. */
    private static long[] run(AccountRequestParser parser, List<byte[]> messages, long millis) {
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        long count = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (byte[] message : messages) {
                try {
                    ParsedRequest parsed = parser.parse(message);
                    sink += parsed.fields().size();
                } catch (RuntimeException notMail) {
                    sink++;
                }
                count++;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] {count, System.nanoTime() - start};
    }
}
