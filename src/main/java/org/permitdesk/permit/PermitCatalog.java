package org.permitdesk.permit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.permitdesk.platform.db.Database;

/** What the new-permit screen offers: the active permit types with their subtypes, and the known sites. */
public final class PermitCatalog {

    /** A permit type to choose, with its subtypes. */
    public record TypeOption(long id, String code, String name, String prefix, List<SubtypeOption> subtypes) {
        @Override
        public String toString() {
            return name + " (" + prefix + ")";
        }
    }

    public record SubtypeOption(long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A known site: its address and parcel. */
    public record SiteOption(long id, String address, String parcelNumber) {
        @Override
        public String toString() {
            return address + (parcelNumber == null ? "" : " \u00b7 APN " + parcelNumber);
        }
    }

    /** Someone who can be put on a permit as its contractor: found by licence number. */
    public record ContractorOption(String licence, String businessName, String contactName, String phone, String email,
                                   String licenceNotice, boolean licenceFlagged, Long accountId) {
    }

    /** A person or business with a portal account, found by the email they sign in with. */
    public record AccountContact(String email, String name, String businessName, String phone, String kind,
                                 long accountId) {
    }

    /** Finds contractors by licence number (accounts first, then the CSLB file), others by their account email. */
    public interface ContractorDirectory {
        Optional<ContractorOption> findByLicence(String licence);

        /** The portal account signing in with this email (property owner or design professional), if any. */
        default Optional<AccountContact> findByEmail(String email) {
            return Optional.empty();
        }
    }

    private final Database database;

    public PermitCatalog(Database database) {
        this.database = database;
    }

    public List<TypeOption> activeTypes() {
        return database.fromTransaction(session -> {
            Map<Long, List<SubtypeOption>> subtypes = session.createSelectionQuery(
                            "from PermitSubtype s join fetch s.permitType order by s.name", PermitSubtype.class)
                    .getResultStream().collect(Collectors.groupingBy(s -> s.getPermitType().getId(),
                            Collectors.mapping(s -> new SubtypeOption(s.getId(), s.getName()), Collectors.toList())));
            return session.createSelectionQuery("from PermitType t where t.active = true order by t.name",
                            PermitType.class).getResultStream()
                    .map(t -> new TypeOption(t.getId(), t.getCode(), t.getName(), t.getPrefix(),
                            subtypes.getOrDefault(t.getId(), List.of())))
                    .toList();
        });
    }

    /** Sites whose address starts with, or whose parcel number starts with, what was typed (at most 10). */
    public List<SiteOption> findSites(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.length() < 2) {
            return List.of();
        }
        String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.fromTransaction(session -> session.createSelectionQuery("""
                        from Site s where lower(s.addressLine) like :like escape '\\' or s.parcelNumber like :like escape '\\'
                        order by s.addressLine""", Site.class)
                .setParameter("like", like).setMaxResults(10).getResultStream()
                .map(s -> new SiteOption(s.getId(), s.fullAddress(), s.getParcelNumber())).toList());
    }
}
