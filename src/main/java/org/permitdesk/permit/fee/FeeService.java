package org.permitdesk.permit.fee;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffNames;

/**
 * A permit's fees and payments: assessing fees from the schedule and the state fee rules, manual fees with a
 * reason, and payments with receipt numbers. Every change locks the permit's row, so two clerks working on
 * the same permit's fees take turns and the balance a payment is checked against is the current one.
 */
public final class FeeService {

    private final Database database;
    private final Clock clock;
    private final FeeCalculator calculator = new FeeCalculator();

    public FeeService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The fees a new permit of this type and valuation would be assessed (no units yet), for the new-permit
     * screen to show as the clerk types; without a SMIP category, the schedule's fees only. Nothing is stored.
     */
    public List<CalculatedFee> estimate(long typeId, BigDecimal valuation, SmipCategory smipCategory) {
        return database.fromTransaction(session -> {
            List<FeeScheduleItem> schedule = session.createSelectionQuery(
                            "from FeeScheduleItem where permitType.id = :type and active order by position, id",
                            FeeScheduleItem.class)
                    .setParameter("type", typeId).getResultList();
            return smipCategory == null ? calculator.scheduleFees(schedule, valuation, FeeBasis.none())
                    : calculator.calculate(schedule, valuation, new FeeBasis(smipCategory, java.util.Map.of()));
        });
    }

    /** The unit names the per-unit items of the permit's type charge for ("fixture", "day"…), in schedule order. */
    public List<String> unitNames(long permitId) {
        return database.fromTransaction(session -> schedule(session, permit(session, permitId, false)).stream()
                .filter(item -> item.getKind() == FeeKind.PER_UNIT).map(FeeScheduleItem::getUnitName)
                .distinct().toList());
    }

    /**
     * Records what the fees depend on (SMIP category, units) and assesses the fees with it.
     * See {@link #assessFees(long, SignedInUser)}.
     */
    public FeesAndPayments assessFees(long permitId, FeeBasis basis, SignedInUser who) {
        who.require(Permission.ASSESS_FEES);
        Objects.requireNonNull(basis, "basis");
        String clerk = who.username();
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            Permit permit = changeablePermit(session, permitId);
            PermitFeeBasis stored = session.find(PermitFeeBasis.class, permitId);
            if (stored == null) {
                stored = new PermitFeeBasis(permitId);
                stored.update(basis, clerk, clock.instant());
                session.persist(stored);
            } else {
                stored.update(basis, clerk, clock.instant());
            }
            return assess(session, permit, basis, clerk);
        });
    }

    /**
     * Works the permit's fees out again from its type's schedule, its valuation and its recorded fee basis:
     * replaces the schedule and state fee lines, keeps the manual ones. A permit with a valuation needs its
     * fee basis (the SMIP category) recorded first; one without may have none (no units then).
     */
    public FeesAndPayments assessFees(long permitId, SignedInUser who) {
        who.require(Permission.ASSESS_FEES);
        String clerk = who.username();
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            Permit permit = changeablePermit(session, permitId);
            PermitFeeBasis stored = session.find(PermitFeeBasis.class, permitId);
            if (stored == null && permit.getValuation() != null && permit.getValuation().signum() > 0) {
                throw new UserFacingException("Choose the building's SMIP category for permit " + permit.getNumber()
                        + " (residential of 1–3 stories, or other) before assessing its fees: the state fee on its "
                        + "valuation depends on it.");
            }
            return assess(session, permit, stored == null ? FeeBasis.none() : stored.basis(), clerk);
        });
    }

    /** Adds a fee line by hand (a negative amount is a credit). The reason is required and kept. */
    public FeesAndPayments addManualFee(long permitId, String description, BigDecimal amount, String reason,
                                        SignedInUser who) {
        who.require(Permission.ASSESS_FEES);
        String clerk = who.username();
        FeeRules.checkManualFee(description, amount, reason);
        return database.fromTransaction(session -> {
            Permit permit = changeablePermit(session, permitId);
            Database.stampAuditUser(session, clerk);
            session.persist(new PermitFeeLine(permit, description.strip(), amount.setScale(2), FeeSource.MANUAL,
                    reason.strip(), clerk, clock.instant()));
            session.flush();
            return feesAndPayments(session, permit);
        });
    }

    /** Takes a payment without a payer's name. See {@link #recordPayment(long, BigDecimal, PaymentMethod, String, String, SignedInUser)}. */
    public PaymentView recordPayment(long permitId, BigDecimal amount, PaymentMethod method, String reference,
                                     SignedInUser who) {
        return recordPayment(permitId, amount, method, reference, null, who);
    }

    /**
     * Takes a payment of at most the balance due and gives it the next receipt number. A check needs its
     * number, a card payment its reference; {@code payerName} is optional (printed on the receipt).
     */
    public PaymentView recordPayment(long permitId, BigDecimal amount, PaymentMethod method, String reference,
                                     String payerName, SignedInUser who) {
        who.require(Permission.TAKE_PAYMENT);
        String clerk = who.username();
        return database.fromTransaction(session -> {
            Permit permit = changeablePermit(session, permitId);
            BigDecimal balance = feesAndPayments(session, permit).balanceDue();
            String ref = FeeRules.checkPayment(permit.getNumber(), amount, method, reference, payerName, balance);
            // The payment's time (received_at) is this computer's clock, like every other time it records; the
            // receipt's year comes from the database's clock, so that every client numbers in the same year.
            Instant now = clock.instant();
            String receipt = ReceiptNumbers.next(session, clock.getZone());
            String payer = payerName == null || payerName.isBlank() ? null : payerName.strip();
            Payment payment = new Payment(permit, amount.setScale(2), method, ref, payer, clerk, now, receipt);
            Database.stampAuditUser(session, clerk);
            session.persist(payment);
            session.flush();
            return payment.view();
        });
    }

    /** The permit's fee lines, payments, total, amount paid and balance due. */
    public FeesAndPayments feesAndPayments(long permitId) {
        return database.fromTransaction(session -> feesAndPayments(session, permit(session, permitId, false)));
    }

    private FeesAndPayments assess(Session session, Permit permit, FeeBasis basis, String clerk) {
        Database.stampAuditUser(session, clerk);
        // Removed one by one, not with a bulk delete: the audit trail (Envers) sees only what goes through the session.
        session.createSelectionQuery("from PermitFeeLine where permit = :permit and source <> :manual", PermitFeeLine.class)
                .setParameter("permit", permit).setParameter("manual", FeeSource.MANUAL).getResultList()
                .forEach(session::remove);
        session.flush();
        Instant now = clock.instant();
        for (CalculatedFee fee : calculator.calculate(schedule(session, permit), permit.getValuation(), basis)) {
            session.persist(new PermitFeeLine(permit, fee.description(), fee.amount(), fee.source(), null, clerk, now));
        }
        session.flush();
        return feesAndPayments(session, permit);
    }

    /** Fees less payments on the permit, in the caller's transaction. */
    static BigDecimal balanceDue(Session session, Permit permit) {
        BigDecimal fees = session.createSelectionQuery(
                        "select coalesce(sum(amount), 0) from PermitFeeLine where permit = :permit", BigDecimal.class)
                .setParameter("permit", permit).getSingleResult();
        BigDecimal paid = session.createSelectionQuery(
                        "select coalesce(sum(amount), 0) from Payment where permit = :permit", BigDecimal.class)
                .setParameter("permit", permit).getSingleResult();
        return fees.subtract(paid).setScale(2);
    }

    private static FeesAndPayments feesAndPayments(Session session, Permit permit) {
        List<FeeLineView> lines = session.createSelectionQuery(
                        "from PermitFeeLine where permit = :permit order by id", PermitFeeLine.class)
                .setParameter("permit", permit).getResultList().stream().map(PermitFeeLine::view).toList();
        List<PaymentView> payments = session.createSelectionQuery(
                        "from Payment where permit = :permit order by id", Payment.class)
                .setParameter("permit", permit).getResultList().stream().map(Payment::view).toList();
        Map<String, String> names = StaffNames.of(session, payments.stream().map(PaymentView::receivedBy).toList());
        payments = payments.stream().map(p -> p.receivedBy(names.getOrDefault(p.receivedBy(), p.receivedBy()))).toList();
        BigDecimal total = lines.stream().map(FeeLineView::amount).reduce(money0(), BigDecimal::add);
        BigDecimal paid = payments.stream().map(PaymentView::amount).reduce(money0(), BigDecimal::add);
        Optional<FeeBasis> basis = Optional.ofNullable(session.find(PermitFeeBasis.class, permit.getId()))
                .map(PermitFeeBasis::basis);
        return new FeesAndPayments(permit.getId(), permit.getNumber(), permit.getValuation(), basis, lines, payments,
                total, paid, total.subtract(paid));
    }

    private static List<FeeScheduleItem> schedule(Session session, Permit permit) {
        return session.createSelectionQuery(
                        "from FeeScheduleItem where permitType = :type and active order by position, id",
                        FeeScheduleItem.class)
                .setParameter("type", permit.getType()).getResultList();
    }

    /** The permit, locked for this transaction; a void permit's fees can't change. */
    private static Permit changeablePermit(Session session, long permitId) {
        Permit permit = permit(session, permitId, true);
        if (permit.getStatus() == PermitStatus.VOID) {
            throw new UserFacingException("Permit " + permit.getNumber() + " is void: its fees and payments can't "
                    + "change. Reinstate it first.");
        }
        return permit;
    }

    private static Permit permit(Session session, long permitId, boolean lock) {
        Permit permit = lock ? session.find(Permit.class, permitId, LockModeType.PESSIMISTIC_WRITE)
                : session.find(Permit.class, permitId);
        if (permit == null) {
            throw new UserFacingException("Permit " + permitId + " no longer exists; search for it again.");
        }
        return permit;
    }

    private static BigDecimal money0() {
        return BigDecimal.ZERO.setScale(2);
    }
}
