package org.permitdesk.account.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an emailed account request: which account it asks for, the fields it gives (normalised), and each
 * problem a clerk must ask the sender about. Invalid values are reported as problems, never as fields.
 * <pre>{@code
 * ParsedRequest request = new AccountRequestParser().parse(Files.readAllBytes(eml));
 * }</pre>
 */
public final class AccountRequestParser {

    private final MailReader mailReader = new MailReader();
    private final FieldNormalizer normalizer = new FieldNormalizer();
    private final RequestFields requestFields = new RequestFields(normalizer);

    /**
     * Parses a message's raw bytes (an .eml file); text without mail headers is read as pasted text.
     *
     * @throws NotMailException when the bytes are not a message at all (empty, binary, blank)
     */
    public ParsedRequest parse(byte[] raw) {
        return parse(mailReader.read(raw));
    }

    /**
     * Parses text a clerk pasted: a body, perhaps starting with a "Subject:" line, or a whole message source.
     *
     * @throws NotMailException when there is no text
     */
    public ParsedRequest parseText(String pasted) {
        return parse(mailReader.readPasted(pasted));
    }

    /** Parses a message already read. */
    public ParsedRequest parse(MailMessage mail) {
        Optional<String> automatic = Optional.ofNullable(mail.automatic())
                .or(() -> AutomaticMail.bySubject(mail.subject()));
        if (automatic.isPresent()) {
            return notARequest(mail, "it is " + automatic.get() + ", not a message the sender wrote."
                    + " Nothing to ask for: if they want an account, their request will come separately.");
        }
        MessageLines body = MessageLines.of(mail.text());
        List<RequestFields.Candidate> candidates = requestFields.candidates(body);
        Optional<AccountType> type = AccountTypeDetector.detect(mail.subject(), body,
                RequestFields.conceptsFound(candidates, false), RequestFields.conceptsFound(candidates, true));
        if (type.isEmpty()) {
            return new ParsedRequest(null, Map.of(), List.of(notARequest(mail)), mail);
        }
        Map<RequestField, RequestFields.Candidate> chosen = RequestFields.choose(type.get(), candidates);
        if (chosen.isEmpty() && quotesTheTemplateOnly(body)) {
            return notARequest(mail, "it only quotes the request template, with its fields empty, and gives none of"
                    + " them. If the sender wants an account, ask them to fill in the template.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (RequestField field : type.get().fields()) {
            RequestFields.Candidate candidate = chosen.get(field);
            if (candidate == null) {
                problems.add(new FieldProblem(field.key(), missing(type.get(), field)));
                continue;
            }
            FieldNormalizer.Normalized normalized = normalizer.normalize(field, candidate.value());
            if (normalized.isValid()) {
                fields.put(field.key(), normalized.value());
            } else {
                problems.add(new FieldProblem(field.key(), normalized.problem()));
            }
        }
        return new ParsedRequest(type.get(), fields, problems, mail);
    }

    private static String missing(AccountType type, RequestField field) {
        return field.label() + " is missing from this " + type.displayName() + " request. Ask for "
                + field.askFor() + ".";
    }

    /** Template lines (numbered, or the handout's labels) only in quoted or forwarded older text, none in the new text. */
    private static boolean quotesTheTemplateOnly(MessageLines body) {
        boolean quoted = false;
        for (MessageLines.Line line : body.lines()) {
            boolean templateLine = LabelMatcher.match(line.text())
                    .map(match -> match.numbered() || match.templateLabel()).orElse(false);
            if (templateLine && line.age() == 0) {
                return false;
            }
            quoted |= templateLine;
        }
        return quoted;
    }

    private static ParsedRequest notARequest(MailMessage mail, String why) {
        return new ParsedRequest(null, Map.of(), List.of(new FieldProblem(FieldProblem.ACCOUNT_TYPE,
                "Not an account request: " + why)), mail);
    }

    private static FieldProblem notARequest(MailMessage mail) {
        String why = mail.subject() == null || mail.subject().isBlank()
                ? "the message has no subject and its text does not ask"
                : "neither the subject \"" + mail.subject().strip() + "\" nor the text asks";
        return new FieldProblem(FieldProblem.ACCOUNT_TYPE, "Not an account request: " + why + " for a Contractor,"
                + " Property Owner or Design Professional eTRAKiT account. If the sender wants an account, ask them"
                + " to send the request template (e.g. subject \"" + AccountType.CONTRACTOR.templateSubject() + "\").");
    }
}
