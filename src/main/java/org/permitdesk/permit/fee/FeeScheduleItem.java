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
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.permitdesk.permit.PermitType;
import org.hibernate.envers.Audited;

/**
 * One item of a permit type's fee schedule. {@code amount} is the fee (FLAT), the band's base fee
 * (VALUATION_BAND, plus {@code rate} per {@code ratePer} dollars above {@code bandFrom}) or the fee per unit
 * (PER_UNIT, per {@code unitName}).
 */
@Entity
@Table(name = "fee_schedule_item")
@Audited
public class FeeScheduleItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permit_type_id", nullable = false)
    private PermitType permitType;

    @Column(name = "position", nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private FeeKind kind;

    @NotBlank
    @Size(max = 200)
    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @NotNull
    @DecimalMin("0.00")
    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "rate", precision = 12, scale = 4)
    private BigDecimal rate;

    @Column(name = "rate_per", precision = 12, scale = 2)
    private BigDecimal ratePer;

    @Column(name = "band_from", precision = 12, scale = 2)
    private BigDecimal bandFrom;

    @Column(name = "band_to", precision = 12, scale = 2)
    private BigDecimal bandTo;

    @Size(max = 40)
    @Column(name = "unit_name", length = 40)
    private String unitName;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FeeScheduleItem() {
    }

    private FeeScheduleItem(PermitType permitType, int position, FeeKind kind, String description, BigDecimal amount) {
        this.permitType = permitType;
        this.position = position;
        this.kind = kind;
        this.description = description;
        this.amount = amount;
    }

    public static FeeScheduleItem flat(PermitType type, int position, String description, BigDecimal amount) {
        return new FeeScheduleItem(type, position, FeeKind.FLAT, description, amount);
    }

    /** A band of a valuation table; {@code bandTo} null for the open top band, {@code rate} null for a flat band. */
    public static FeeScheduleItem valuationBand(PermitType type, int position, String description, BigDecimal bandFrom,
                                               BigDecimal bandTo, BigDecimal baseAmount, BigDecimal rate,
                                               BigDecimal ratePer) {
        FeeScheduleItem item = new FeeScheduleItem(type, position, FeeKind.VALUATION_BAND, description, baseAmount);
        item.bandFrom = bandFrom;
        item.bandTo = bandTo;
        item.rate = rate;
        item.ratePer = ratePer;
        return item;
    }

    public static FeeScheduleItem perUnit(PermitType type, int position, String description, BigDecimal amountPerUnit,
                                          String unitName) {
        FeeScheduleItem item = new FeeScheduleItem(type, position, FeeKind.PER_UNIT, description, amountPerUnit);
        item.unitName = unitName;
        return item;
    }

    /** An administrator's change: new assessments use it; fees already assessed keep their amounts. */
    void change(String newDescription, BigDecimal newAmount, BigDecimal newRate) {
        this.description = newDescription;
        this.amount = newAmount;
        if (kind == FeeKind.VALUATION_BAND) {
            this.rate = newRate;
        }
    }

    /** Taken out of the schedule (kept for the record; no longer assessed). */
    void retire() {
        this.active = false;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public PermitType getPermitType() {
        return permitType;
    }

    public int getPosition() {
        return position;
    }

    public FeeKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getRatePer() {
        return ratePer;
    }

    public BigDecimal getBandFrom() {
        return bandFrom;
    }

    public BigDecimal getBandTo() {
        return bandTo;
    }

    public String getUnitName() {
        return unitName;
    }

    public boolean isActive() {
        return active;
    }

    /** True when this valuation band covers {@code valuation} (above its start, up to and including its end). */
    public boolean covers(BigDecimal valuation) {
        return kind == FeeKind.VALUATION_BAND && valuation.compareTo(bandFrom) > 0
                && (bandTo == null || valuation.compareTo(bandTo) <= 0);
    }
}
