package org.permitdesk.permit.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.permitdesk.permit.Permit;
import org.hibernate.envers.Audited;

/** A payment taken for a permit's fees, with its receipt number. Never changed once saved. */
@Entity
@Table(name = "payment")
@Audited
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permit_id", nullable = false)
    private Permit permit;

    @NotNull
    @DecimalMin(value = "0.00", inclusive = false)
    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "method", nullable = false, length = 10)
    private PaymentMethod method;

    @Size(max = 60)
    @Column(name = "reference", length = 60)
    private String reference;

    @Size(max = 120)
    @Column(name = "payer_name", length = 120)
    private String payerName;

    @Column(name = "received_by", nullable = false, length = 60)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "receipt_number", nullable = false, length = 20)
    private String receiptNumber;

    protected Payment() {
    }

    public Payment(Permit permit, BigDecimal amount, PaymentMethod method, String reference, String payerName,
                   String receivedBy, Instant receivedAt, String receiptNumber) {
        this.permit = permit;
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.payerName = payerName;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.receiptNumber = receiptNumber;
    }

    public Long getId() {
        return id;
    }

    public Permit getPermit() {
        return permit;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public String getPayerName() {
        return payerName;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public PaymentView view() {
        return new PaymentView(id, receiptNumber, amount, method, reference, payerName, receivedBy, receivedAt);
    }
}
