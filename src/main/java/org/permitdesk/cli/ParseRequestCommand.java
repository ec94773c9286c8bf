package org.permitdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.permitdesk.account.AccountRequestService;
import org.permitdesk.account.request.AccountRequestParser;
import org.permitdesk.account.request.FieldProblem;
import org.permitdesk.account.request.NotMailException;
import org.permitdesk.account.request.ParsedRequest;
import org.permitdesk.platform.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse-request FILE}: reads one emailed account request and prints what it found as one JSON object. */
@Command(name = "parse-request", mixinStandardHelpOptions = true,
        description = {"Reads an emailed account request (an .eml file, or a message body saved as text) and prints"
                + " one JSON object: accountType, fields (found and valid) and problems (field, message).",
            "Exit codes: 0 a complete request, 1 problems found (or not an account request),"
                + " 2 the file cannot be read or is not an email message (or a database option was given:"
                + " parse-request uses no database)."})
public final class ParseRequestCommand implements Callable<Integer> {

    /** Non-ASCII is escaped (\u00e9) so the output is the same whatever the console's encoding. */
    private final ObjectWriter json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build()
            .writer(new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    @Parameters(paramLabel = "FILE", description = "The message: an .eml file as saved from a mail program, "
            + "or pasted text (optionally starting with a \"Subject:\" line).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        if (DatabaseOptions.of(spec).given()) {
            err.println("parse-request reads only the file and uses no database: leave out --db, --db-user and"
                    + " --db-password.");
            err.flush();
            return 2;
        }
        ParsedRequest request;
        try {
            request = new AccountRequestParser().parse(read(file));
        } catch (IOException | NotMailException unusable) {
            err.println(file + ": " + describe(unusable));
            err.flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json.writeValueAsString(asJson(request)));
        out.flush();
        return request.hasProblems() ? 1 : 0;
    }

    /** At most {@link AccountRequestService#MAX_FILE_BYTES}, whatever the file (a device, a pipe) says its size is. */
    private static byte[] read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a message file.");
        }
        try {
            return TextFiles.readAtMost(file, AccountRequestService.MAX_FILE_BYTES);
        } catch (TextFiles.TooLargeException e) {
            throw new IOException("larger than " + e.limitMegabytes()
                    + " MB: that is not an emailed account request.", e);
        }
    }

    private static String describe(Exception failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file.";
        }
        if (failure instanceof AccessDeniedException) {
            return "cannot read the file (permission denied).";
        }
        if (failure instanceof NotMailException) {
            return failure.getMessage();
        }
        return failure.getMessage() == null ? "cannot read the file." : failure.getMessage();
    }

    /** {"accountType": …, "fields": {…}, "problems": [{"field": …, "message": …}]}, in that order. */
    static Map<String, Object> asJson(ParsedRequest request) {
        List<Map<String, String>> problems = new ArrayList<>();
        for (FieldProblem problem : request.problems()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", problem.field());
            entry.put("message", problem.message());
            problems.add(entry);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("accountType", request.accountType() == null ? null : request.accountType().name());
        result.put("fields", request.fields());
        result.put("problems", problems);
        return result;
    }
}
