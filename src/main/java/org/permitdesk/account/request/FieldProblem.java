package org.permitdesk.account.request;

/**
 * Something wrong with one field of a request: {@code field} is the JSON key (or {@code accountType}),
 * {@code message} says what is wrong and what to ask the sender for.
 */
public record FieldProblem(String field, String message) {

    public static final String ACCOUNT_TYPE = "accountType";
}
