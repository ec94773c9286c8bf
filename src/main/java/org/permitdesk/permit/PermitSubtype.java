package org.permitdesk.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A subtype of a permit type, e.g. Building → "Addition". */
@Entity
@Table(name = "permit_subtype")
public class PermitSubtype {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permit_type_id", nullable = false)
    private PermitType permitType;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected PermitSubtype() {
    }

    public PermitSubtype(PermitType permitType, String name) {
        this.permitType = permitType;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public PermitType getPermitType() {
        return permitType;
    }

    public String getName() {
        return name;
    }
}
