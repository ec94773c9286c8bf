package org.permitdesk.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.permitdesk.permit.PermitContact;
import org.permitdesk.inspection.Inspection;
import org.permitdesk.permit.attachment.PermitAttachment;
import org.permitdesk.permit.fee.Payment;
import org.permitdesk.permit.fee.PermitFeeLine;
import org.permitdesk.permit.review.PermitCondition;
import org.permitdesk.permit.review.PlanReview;
import org.permitdesk.platform.Formats;

/**
 * How each kind of audited record that belongs to a permit is told in its <em>All changes</em>: what the record is
 * called ("Contact Owner", "Framing inspection"), its fields in plain words, and one line for it when it is added or
 * removed ("R2026-000042 $412.00 cash").
 */
final class PermitRecordKinds {

    /** Names of things a record refers to by id: inspection types and staff users. */
    interface Names {
        String inspectionType(long id);

        String staffUser(Long id);
    }

    /** One kind of record: how to find a permit's, and how to describe it. */
    record Kind<T>(Class<T> type, Function<Long, AuditCriterion> ofPermit, Function<T, Object> id,
                   Function<T, String> label, Map<String, Function<T, String>> fields, Function<T, String> summary,
                   Function<T, String> actor) {
    }

    private PermitRecordKinds() {
    }

    static List<Kind<?>> all(Names names) {
        return List.of(contacts(), feeLines(), payments(), planReviews(), conditions(), attachments(),
                inspections(names));
    }

    private static Kind<PermitContact> contacts() {
        Map<String, Function<PermitContact, String>> fields = new LinkedHashMap<>();
        fields.put("name", PermitContact::getName);
        fields.put("business", PermitContact::getBusinessName);
        fields.put("licence", PermitContact::getLicenseNumber);
        fields.put("email", PermitContact::getEmail);
        fields.put("phone", PermitContact::getPhone);
        fields.put("mailing address", PermitContact::getMailingAddress);
        return new Kind<>(PermitContact.class, id -> AuditEntity.relatedId("permit").eq(id), PermitContact::getId,
                c -> "Contact " + (c.getRole() == null ? "" : c.getRole().label()), fields,
                c -> join(c.getName(), c.getBusinessName(), c.getPhone(), c.getEmail()), c -> null);
    }

    private static Kind<PermitFeeLine> feeLines() {
        Map<String, Function<PermitFeeLine, String>> fields = new LinkedHashMap<>();
        fields.put("description", PermitFeeLine::getDescription);
        fields.put("amount", l -> money(l.getAmount()));
        fields.put("reason", PermitFeeLine::getReason);
        return new Kind<>(PermitFeeLine.class, id -> AuditEntity.relatedId("permit").eq(id), PermitFeeLine::getId,
                l -> "Fee line", fields,
                l -> spaced(l.getDescription(), money(l.getAmount()), l.getReason() == null ? null : "(" + l.getReason() + ")"), PermitFeeLine::getCreatedBy);
    }

    private static Kind<Payment> payments() {
        Map<String, Function<Payment, String>> fields = new LinkedHashMap<>();
        fields.put("amount", p -> money(p.getAmount()));
        fields.put("method", p -> lower(p.getMethod()));
        fields.put("reference", Payment::getReference);
        fields.put("payer", Payment::getPayerName);
        return new Kind<>(Payment.class, id -> AuditEntity.relatedId("permit").eq(id), Payment::getId,
                p -> "Payment", fields,
                p -> spaced(p.getReceiptNumber(), money(p.getAmount()), lower(p.getMethod()), p.getReference()),
                Payment::getReceivedBy);
    }

    private static Kind<PlanReview> planReviews() {
        Map<String, Function<PlanReview, String>> fields = new LinkedHashMap<>();
        fields.put("reviewer", PlanReview::getReviewer);
        fields.put("status", r -> r.getStatus() == null ? null : r.getStatus().label());
        fields.put("finished", r -> date(r.getFinishedOn()));
        fields.put("comments", PlanReview::getComments);
        return new Kind<>(PlanReview.class, id -> AuditEntity.property("permitId").eq(id), PlanReview::getId,
                r -> "Plan review cycle " + r.getCycle(), fields,
                r -> join(r.getReviewer(), r.getStatus() == null ? null : r.getStatus().label()), r -> null);
    }

    private static Kind<PermitCondition> conditions() {
        Map<String, Function<PermitCondition, String>> fields = new LinkedHashMap<>();
        fields.put("text", PermitCondition::getText);
        fields.put("released by", PermitCondition::getReleasedBy);
        return new Kind<>(PermitCondition.class, id -> AuditEntity.property("permitId").eq(id),
                PermitCondition::getId, c -> c.getKind() == null ? "Condition" : c.getKind().label(), fields,
                PermitCondition::getText, c -> c.getReleasedBy() != null ? c.getReleasedBy() : c.getAddedBy());
    }

    private static Kind<PermitAttachment> attachments() {
        Map<String, Function<PermitAttachment, String>> fields = new LinkedHashMap<>();
        fields.put("name", PermitAttachment::getFileName);
        return new Kind<>(PermitAttachment.class, id -> AuditEntity.property("permitId").eq(id),
                PermitAttachment::getId, a -> "Attachment", fields, PermitAttachment::getFileName,
                PermitAttachment::getAddedBy);
    }

    private static Kind<Inspection> inspections(Names names) {
        Map<String, Function<Inspection, String>> fields = new LinkedHashMap<>();
        fields.put("date", i -> date(i.getRequestedDate()));
        fields.put("window", i -> i.getWindow() == null ? null : i.getWindow().label());
        fields.put("status", i -> i.getStatus() == null ? null : i.getStatus().label());
        fields.put("inspector", i -> names.staffUser(i.getInspectorId()));
        fields.put("result", i -> i.getResult() == null ? null : i.getResult().label());
        fields.put("result notes", Inspection::getResultNotes);
        fields.put("cancel reason", Inspection::getCancelReason);
        return new Kind<>(Inspection.class, id -> AuditEntity.property("permitId").eq(id), Inspection::getId,
                i -> names.inspectionType(i.getInspectionTypeId()) + " inspection", fields,
                i -> spaced("requested for", date(i.getRequestedDate()),
                        i.getWindow() == null ? null : i.getWindow().name()),
                i -> i.getResultedBy() != null ? i.getResultedBy() : i.getRequestedBy());
    }

    /** The non-empty values, comma-separated; "—" when there are none. */
    static String join(String... values) {
        return joined(", ", values);
    }

    /** The non-empty values, separated by spaces: "R2026-000042 $412.00 cash". */
    static String spaced(String... values) {
        return joined(" ", values);
    }

    private static String joined(String separator, String... values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                text.append(text.isEmpty() ? "" : separator).append(value.strip());
            }
        }
        return text.isEmpty() ? Formats.NONE : text.toString();
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : Formats.money(amount);
    }

    static String date(LocalDate date) {
        return date == null ? null : Formats.date(date);
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
