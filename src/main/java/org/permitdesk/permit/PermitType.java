package org.permitdesk.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** A kind of permit (Building, Reroof, …) with its number prefix, numbering template and expiry period. */
@Entity
@Table(name = "permit_type")
@Audited
public class PermitType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "permit_type_seq")
    @SequenceGenerator(name = "permit_type_seq", sequenceName = "permit_type_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @NotBlank
    @Size(max = 10)
    @Column(name = "prefix", nullable = false, length = 10)
    private String prefix;

    @NotBlank
    @Size(max = 60)
    @Column(name = "number_template", nullable = false, length = 60)
    private String numberTemplate;

    @Min(1)
    @Column(name = "expiry_days", nullable = false)
    private int expiryDays;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PermitType() {
    }

    public PermitType(String code, String name, String prefix, String numberTemplate, int expiryDays) {
        this.code = code;
        this.name = name;
        this.prefix = prefix;
        this.numberTemplate = numberTemplate;
        this.expiryDays = expiryDays;
    }

    /** An administrator's change; numbers already given keep their form, new ones follow the new template. */
    void change(String name, String prefix, String numberTemplate, int expiryDays, boolean active) {
        this.name = name;
        this.prefix = prefix;
        this.numberTemplate = numberTemplate;
        this.expiryDays = expiryDays;
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getNumberTemplate() {
        return numberTemplate;
    }

    public int getExpiryDays() {
        return expiryDays;
    }

    public boolean isActive() {
        return active;
    }
}
