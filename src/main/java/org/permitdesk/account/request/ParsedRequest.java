package org.permitdesk.account.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was read from one emailed account request.
 *
 * @param accountType the kind of account asked for, or {@code null} when the message is not an account request
 * @param fields      the fields found and valid, keyed by {@link RequestField#key()}, in the template's order;
 *                    an invalid value is never here (it is a problem instead)
 * @param problems    each missing or invalid field, and {@code accountType} when the message is not a request
 * @param mail        the decoded message it came from (subject, sender, date, Message-ID, plain text)
 */
public record ParsedRequest(AccountType accountType, Map<String, String> fields, List<FieldProblem> problems,
                            MailMessage mail) {

    public ParsedRequest {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
    }

    public boolean isAccountRequest() {
        return accountType != null;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Optional<String> field(RequestField field) {
        return Optional.ofNullable(fields.get(field.key()));
    }
}
