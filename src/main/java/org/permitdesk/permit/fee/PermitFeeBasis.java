package org.permitdesk.permit.fee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What fee assessment needs to know about a permit besides its valuation: SMIP category and units. */
@Entity
@Table(name = "permit_fee_basis")
public class PermitFeeBasis {

    @Id
    @Column(name = "permit_id")
    private Long permitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "smip_category", nullable = false, length = 30)
    private SmipCategory smipCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_fee_quantity", joinColumns = @JoinColumn(name = "permit_id"))
    @MapKeyColumn(name = "unit_name", length = 40)
    @Column(name = "quantity", nullable = false)
    private Map<String, Integer> quantities = new HashMap<>();

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PermitFeeBasis() {
    }

    public PermitFeeBasis(long permitId) {
        this.permitId = permitId;
    }

    public void update(FeeBasis basis, String clerk, Instant now) {
        smipCategory = basis.smipCategory();
        quantities.clear();
        quantities.putAll(basis.units());
        updatedBy = clerk;
        updatedAt = now;
    }

    public FeeBasis basis() {
        return new FeeBasis(smipCategory, quantities);
    }
}
