package org.permitdesk.account.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.account.AccountDetails;
import org.permitdesk.account.AccountRules;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.account.request.FieldProblem;
import org.permitdesk.account.request.RequestField;

/**
 * The account form: the fields of the chosen account type, each with its problem (what is wrong and how to
 * fix it) checked as the clerk types. Problems the parser found in the email show until the clerk types there.
 */
public final class AccountFormViewModel {

    private final AccountRules rules;
    private final ObjectProperty<AccountType> type = new SimpleObjectProperty<>();
    private final ObservableList<RequestField> fields = FXCollections.observableArrayList();
    private final Map<RequestField, StringProperty> values = new EnumMap<>(RequestField.class);
    private final Map<RequestField, StringProperty> problems = new EnumMap<>(RequestField.class);
    private final Map<RequestField, String> parserProblems = new EnumMap<>(RequestField.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private boolean filling;
    private Runnable onChange = () -> { };

    public AccountFormViewModel(AccountRules rules) {
        this.rules = rules;
        for (RequestField field : RequestField.values()) {
            StringProperty value = new SimpleStringProperty("");
            value.addListener((obs, old, now) -> {
                if (!filling) {
                    parserProblems.remove(field);
                    validate();
                }
            });
            values.put(field, value);
            problems.put(field, new SimpleStringProperty(""));
        }
        type.addListener((obs, old, now) -> {
            fields.setAll(now == null ? List.of() : now.fields());
            validate();
        });
    }

    /** Fills the form; {@code found} are the parser's problems by field key (shown until the clerk types there). */
    public void fill(AccountDetails details, List<FieldProblem> found) {
        filling = true;
        try {
            parserProblems.clear();
            for (RequestField field : RequestField.values()) {
                String value = details == null ? null : details.value(field);
                values.get(field).set(value == null ? "" : value);
            }
            for (FieldProblem problem : found) {
                for (RequestField field : RequestField.values()) {
                    if (field.key().equals(problem.field())) {
                        parserProblems.put(field, problem.message());
                    }
                }
            }
            type.set(details == null ? null : details.type());
        } finally {
            filling = false;
        }
        validate();
    }

    public void clear() {
        fill(null, List.of());
    }

    /** What the form says now, as account details. */
    public AccountDetails details() {
        boolean owner = type.get() == AccountType.PROPERTY_OWNER;
        return new AccountDetails(type.get(), value(RequestField.CSLB_NUMBER), value(RequestField.BUSINESS_NAME),
                value(owner ? RequestField.NAME : RequestField.CONTACT_NAME), value(RequestField.EMAIL),
                value(RequestField.PHONE), value(owner ? RequestField.ADDRESS : RequestField.MAILING_ADDRESS),
                value(RequestField.PERMIT_NUMBER));
    }

    /** The problems of the current type's fields, one line each ("Phone number: …"). */
    public List<String> problemLines() {
        return fields.stream().filter(f -> !problems.get(f).get().isEmpty())
                .map(f -> problems.get(f).get()).toList();
    }

    private void validate() {
        boolean allValid = type.get() != null;
        for (RequestField field : RequestField.values()) {
            String problem = "";
            if (fields.contains(field)) {
                String value = values.get(field).get();
                problem = parserProblems.containsKey(field) && value.isBlank() ? parserProblems.get(field)
                        : rules.problem(field, value).orElse("");
            }
            problems.get(field).set(problem);
            allValid &= problem.isEmpty();
        }
        valid.set(allValid);
        onChange.run();
    }

    /** Called after every change of the form (the duplicate check listens here). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private String value(RequestField field) {
        return values.get(field).get();
    }

    public ObjectProperty<AccountType> typeProperty() {
        return type;
    }

    public ObservableList<RequestField> fields() {
        return fields;
    }

    public StringProperty valueProperty(RequestField field) {
        return values.get(field);
    }

    public StringProperty problemProperty(RequestField field) {
        return problems.get(field);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
