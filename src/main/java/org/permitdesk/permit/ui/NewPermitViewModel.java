package org.permitdesk.permit.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.NewPermit;
import org.permitdesk.permit.PermitCatalog.SiteOption;
import org.permitdesk.permit.PermitCatalog.SubtypeOption;
import org.permitdesk.permit.PermitCatalog.TypeOption;
import org.permitdesk.permit.PermitCatalog;
import org.permitdesk.permit.PermitIntakeService;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.permit.fee.CalculatedFee;
import org.permitdesk.permit.fee.FeeBasis;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.SmipCategory;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * A new permit at the counter: type, subtype, site (a known one found as the clerk types, or a new one),
 * owner, contractor (found by licence number), valuation and description. What is still missing is listed
 * as they type; saving numbers the permit and opens it.
 */
public final class NewPermitViewModel {

    private final ScreenWork work;
    private final PermitCatalog catalog;
    private final PermitCatalog.ContractorDirectory contractors;
    private final PermitIntakeService intake;
    private final FeeService fees;
    private final SignedInUser clerk;
    private final Consumer<PermitSummary> onSaved;
    /** This form's request id: submitting the form again never makes a second permit. */
    private final String requestId = NewPermit.newRequestId();
    private PermitSummary saved;

    private final ObservableList<TypeOption> types = FXCollections.observableArrayList();
    private final ObjectProperty<TypeOption> type = new SimpleObjectProperty<>();
    private final ObservableList<SubtypeOption> subtypes = FXCollections.observableArrayList();
    private final ObjectProperty<SubtypeOption> subtype = new SimpleObjectProperty<>();
    private final StringProperty siteText = new SimpleStringProperty("");
    private final ObservableList<SiteOption> siteSuggestions = FXCollections.observableArrayList();
    private final ObjectProperty<SiteOption> site = new SimpleObjectProperty<>();
    private final StringProperty parcel = new SimpleStringProperty("");
    private final StringProperty valuation = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SmipCategory> smipCategory = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper feeEstimate = new ReadOnlyStringWrapper("");
    private long estimateGeneration;
    private final NewPermitContacts people;
    private long siteGeneration;

    public NewPermitViewModel(TaskRunner tasks, PermitCatalog catalog, PermitCatalog.ContractorDirectory contractors,
                              PermitIntakeService intake, FeeService fees, SignedInUser clerk,
                              Consumer<PermitSummary> onSaved) {
        this.work = new ScreenWork(tasks);
        this.catalog = catalog;
        this.contractors = contractors;
        this.intake = intake;
        this.fees = fees;
        this.clerk = clerk;
        this.onSaved = onSaved;
        this.people = new NewPermitContacts(work, contractors);
        type.addListener((obs, old, now) -> {
            subtypes.setAll(now == null ? List.of() : now.subtypes());
            subtype.set(null);
        });
        siteText.addListener((obs, old, now) -> findSites(now));
        List<Observable> inputs = new ArrayList<>(List.of(type, site, siteText, valuation, description));
        inputs.addAll(people.inputs());
        inputs.forEach(input -> input.addListener(changed -> checkEntry()));
        for (Observable input : List.<Observable>of(type, valuation, smipCategory)) {
            input.addListener(changed -> estimateFees());
        }
        checkEntry();
    }

    /** The fees this permit will be assessed, worked out as the clerk types (schedule and state fees). */
    private void estimateFees() {
        long generation = ++estimateGeneration;
        BigDecimal amount = parsedValuation();
        if (type.get() == null || amount == null || amount.signum() < 0) {
            feeEstimate.set("");
            return;
        }
        long typeId = type.get().id();
        SmipCategory category = smipCategory.get();
        work.runQuietly(() -> fees.estimate(typeId, amount, category), lines -> {
            if (generation == estimateGeneration) {
                feeEstimate.set(describe(lines, category));
            }
        }, failure -> feeEstimate.set(Texts.get("newPermit.fees.failed", UserMessages.describe(failure))));
    }

    private static String describe(List<CalculatedFee> lines, SmipCategory category) {
        BigDecimal total = lines.stream().map(CalculatedFee::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder text = new StringBuilder(Texts.get("newPermit.fees"));
        lines.forEach(line -> text.append(Texts.get("newPermit.fees.line", line.description(), Formats.money(line.amount()))));
        text.append(Texts.get("newPermit.fees.total", Formats.money(total)));
        if (category == null) {
            text.append(Texts.get("newPermit.fees.noSmip"));
        }
        return text.toString();
    }

    public void loadTypes() {
        work.runQuietly(catalog::activeTypes, types::setAll);
    }

    /** Picks a known site (its address goes into the site field). */
    public void chooseSite(SiteOption option) {
        siteGeneration++;
        site.set(option);
        siteSuggestions.clear();
    }

    private void findSites(String typed) {
        SiteOption chosen = site.get();
        if (chosen != null && !chosen.address().equals(typed)) {
            site.set(null);
        }
        long generation = ++siteGeneration;
        if (site.get() != null) {
            return;
        }
        work.runQuietly(() -> catalog.findSites(typed), found -> {
            if (generation == siteGeneration) {
                siteSuggestions.setAll(found);
            }
        });
    }

    /** The entry as the service will see it, or {@code null} while no type is chosen. */
    NewPermit entry() {
        if (type.get() == null) {
            return null;
        }
        List<NewPermit.NewContact> contacts = people.contacts();
        NewPermit.NewSite newSite = site.get() != null ? null
                : new NewPermit.NewSite(siteText.get(), null, null, null, parcel.get(), null, null);
        return new NewPermit(type.get().id(), subtype.get() == null ? null : subtype.get().id(),
                site.get() == null ? null : site.get().id(), newSite, contacts, parsedValuation(), description.get(), null,
                requestId);
    }

    private BigDecimal parsedValuation() {
        String text = valuation.get().replace("$", "").replace(",", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return new BigDecimal("-1");
        }
    }

    private void checkEntry() {
        NewPermit entry = entry();
        List<String> found = new ArrayList<>();
        if (entry == null) {
            found.add(Texts.get("newPermit.chooseType"));
        } else {
            found.addAll(intake.problems(entry));
        }
        problems.set(String.join("\n", found));
    }

    /**
     * Saves the permit (numbering it) and opens it; when something is missing, says what and keeps the entry. Once
     * saved, the form is that permit: saving again only opens it again, and a save still under way is not repeated.
     */
    public void save() {
        if (saved != null) {
            onSaved.accept(saved);
            return;
        }
        if (work.isBusy()) {
            return;
        }
        NewPermit entry = entry();
        if (entry == null || !problems.get().isEmpty()) {
            work.say(Texts.get("newPermit.notSavedYet", problems.get().replace("\n", " ")));
            return;
        }
        SmipCategory category = smipCategory.get();
        work.run(() -> {
            PermitSummary permit = intake.createPermit(entry, clerk);
            if (category != null) {
                fees.assessFees(permit.id(), new FeeBasis(category, java.util.Map.of()), clerk);
            }
            return permit;
        }, permit -> {
            saved = permit;
            work.say(Texts.get("newPermit.saved", permit.number()));
            onSaved.accept(permit);
        }, failure -> work.sayError(Texts.get("newPermit.notSaved", UserMessages.describe(failure))));
    }

    public ObservableList<TypeOption> types() {
        return types;
    }

    public ObjectProperty<TypeOption> typeProperty() {
        return type;
    }

    public ObservableList<SubtypeOption> subtypes() {
        return subtypes;
    }

    public ObjectProperty<SubtypeOption> subtypeProperty() {
        return subtype;
    }

    public StringProperty siteTextProperty() {
        return siteText;
    }

    public ObservableList<SiteOption> siteSuggestions() {
        return siteSuggestions;
    }

    public ObjectProperty<SiteOption> siteProperty() {
        return site;
    }

    public StringProperty parcelProperty() {
        return parcel;
    }

    public StringProperty ownerNameProperty() {
        return people.ownerName;
    }

    public StringProperty ownerPhoneProperty() {
        return people.ownerPhone;
    }

    public StringProperty ownerEmailProperty() {
        return people.ownerEmail;
    }

    public ReadOnlyStringProperty ownerNoticeProperty() {
        return people.ownerNotice.getReadOnlyProperty();
    }

    public StringProperty designerEmailProperty() {
        return people.designerEmail;
    }

    public StringProperty designerBusinessProperty() {
        return people.designerBusiness;
    }

    public ReadOnlyStringProperty designerNoticeProperty() {
        return people.designerNotice.getReadOnlyProperty();
    }

    public StringProperty contractorLicenceProperty() {
        return people.contractorLicence;
    }

    public StringProperty contractorBusinessProperty() {
        return people.contractorBusiness;
    }

    public ReadOnlyStringProperty contractorNoticeProperty() {
        return people.contractorNotice.getReadOnlyProperty();
    }

    public BooleanProperty contractorFlaggedProperty() {
        return people.contractorFlagged;
    }

    public StringProperty valuationProperty() {
        return valuation;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<SmipCategory> smipCategoryProperty() {
        return smipCategory;
    }

    public ReadOnlyStringProperty feeEstimateProperty() {
        return feeEstimate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
