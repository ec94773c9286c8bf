package org.permitdesk.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inspection a permit type needs (footing, framing, final…), and whether it must pass before the final. */
@Entity
@Table(name = "inspection_type")
public class InspectionType {

    @Id
    private Long id;

    @Column(name = "permit_type_id", nullable = false)
    private long permitTypeId;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "required_for_final", nullable = false)
    private boolean requiredForFinal;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected InspectionType() {
    }

    public Long getId() {
        return id;
    }

    public long getPermitTypeId() {
        return permitTypeId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isRequiredForFinal() {
        return requiredForFinal;
    }

    public boolean isActive() {
        return active;
    }
}
