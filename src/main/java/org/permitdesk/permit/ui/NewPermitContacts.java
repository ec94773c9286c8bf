package org.permitdesk.permit.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.NewPermit;
import org.permitdesk.permit.PermitCatalog;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;

/**
 * The people on a new permit, looked up as the clerk types: the owner and design professional by the email of
 * their portal account (filling in what is still blank), the contractor by licence number (account or CSLB
 * file, with the licence's status). Contacts found are linked to their account.
 */
final class NewPermitContacts {

    private final ScreenWork work;
    private final PermitCatalog.ContractorDirectory directory;

    final StringProperty ownerName = new SimpleStringProperty("");
    final StringProperty ownerPhone = new SimpleStringProperty("");
    final StringProperty ownerEmail = new SimpleStringProperty("");
    final ReadOnlyStringWrapper ownerNotice = new ReadOnlyStringWrapper("");
    final StringProperty designerEmail = new SimpleStringProperty("");
    final StringProperty designerBusiness = new SimpleStringProperty("");
    final ReadOnlyStringWrapper designerNotice = new ReadOnlyStringWrapper("");
    final StringProperty contractorLicence = new SimpleStringProperty("");
    final StringProperty contractorBusiness = new SimpleStringProperty("");
    final ReadOnlyStringWrapper contractorNotice = new ReadOnlyStringWrapper("");
    final BooleanProperty contractorFlagged = new SimpleBooleanProperty(false);
    private Long ownerAccount;
    private Long designerAccount;
    private Long contractorAccount;
    private long ownerGeneration;
    private long designerGeneration;
    private long licenceGeneration;

    /** A lookup that failed is said, in one line, on the new-permit screen's {@code work}. */
    NewPermitContacts(ScreenWork work, PermitCatalog.ContractorDirectory directory) {
        this.work = work;
        this.directory = directory;
        contractorLicence.addListener((obs, old, now) -> findContractor(now));
        ownerEmail.addListener((obs, old, now) -> findOwner(now));
        designerEmail.addListener((obs, old, now) -> findDesigner(now));
    }

    /** The inputs whose change can change what is missing from the entry. */
    List<Observable> inputs() {
        return List.of(ownerName, contractorLicence, contractorBusiness, designerBusiness, designerEmail);
    }

    /** The contacts as the service will see them: the owner always, the others when something was typed. */
    List<NewPermit.NewContact> contacts() {
        List<NewPermit.NewContact> contacts = new ArrayList<>();
        contacts.add(new NewPermit.NewContact(ContactRole.OWNER, ownerName.get(), null, null, ownerEmail.get(),
                ownerPhone.get(), null, ownerAccount));
        if (!contractorLicence.get().isBlank() || !contractorBusiness.get().isBlank()) {
            contacts.add(new NewPermit.NewContact(ContactRole.CONTRACTOR, null, contractorBusiness.get(),
                    contractorLicence.get().replaceAll("\\D", ""), null, null, null, contractorAccount));
        }
        if (!designerBusiness.get().isBlank() || !designerEmail.get().isBlank()) {
            contacts.add(new NewPermit.NewContact(ContactRole.DESIGN_PROFESSIONAL, null, designerBusiness.get(), null,
                    designerEmail.get(), null, null, designerAccount));
        }
        return contacts;
    }

    private void findContractor(String typed) {
        long generation = ++licenceGeneration;
        String licence = typed == null ? "" : typed.replaceAll("\\D", "");
        if (licence.isEmpty()) {
            contractorNotice.set("");
            contractorFlagged.set(false);
            return;
        }
        work.runQuietly(() -> directory.findByLicence(licence), found -> {
            if (generation != licenceGeneration) {
                return;
            }
            contractorAccount = found.map(PermitCatalog.ContractorOption::accountId).orElse(null);
            found.ifPresentOrElse(c -> {
                if (contractorBusiness.get().isBlank()) {
                    contractorBusiness.set(c.businessName());
                }
                contractorNotice.set(c.licenceNotice());
                contractorFlagged.set(c.licenceFlagged());
            }, () -> {
                contractorNotice.set(Texts.get("newPermit.contractor.unknown", licence));
                contractorFlagged.set(true);
            });
        });
    }

    /** An owner with a portal account is filled in from it when their email is typed. */
    private void findOwner(String email) {
        long generation = ++ownerGeneration;
        work.runQuietly(() -> directory.findByEmail(email), found -> {
            if (generation != ownerGeneration) {
                return;
            }
            ownerNotice.set(found.map(a -> Texts.get("newPermit.portalAccount", a.kind().toLowerCase())).orElse(""));
            ownerAccount = found.map(PermitCatalog.AccountContact::accountId).orElse(null);
            found.ifPresent(a -> {
                if (ownerName.get().isBlank() && a.name() != null) {
                    ownerName.set(a.name());
                }
                if (ownerPhone.get().isBlank() && a.phone() != null) {
                    ownerPhone.set(a.phone());
                }
            });
        });
    }

    /** A design professional with a portal account is filled in from it when their email is typed. */
    private void findDesigner(String email) {
        long generation = ++designerGeneration;
        work.runQuietly(() -> directory.findByEmail(email), found -> {
            if (generation != designerGeneration) {
                return;
            }
            designerNotice.set(found.map(a -> Texts.get("newPermit.portalAccount", a.kind().toLowerCase())).orElse(""));
            designerAccount = found.map(PermitCatalog.AccountContact::accountId).orElse(null);
            found.filter(a -> designerBusiness.get().isBlank() && a.businessName() != null)
                    .ifPresent(a -> designerBusiness.set(a.businessName()));
        });
    }
}
