package org.permitdesk.permit.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A file attached to a permit, kept in the database with it. */
@Entity
@Table(name = "permit_attachment")
@Audited
public class PermitAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected PermitAttachment() {
    }

    PermitAttachment(long permitId, String fileName, String contentType, byte[] content, String addedBy, Instant addedAt) {
        this.permitId = permitId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long getId() {
        return id;
    }

    byte[] content() {
        return content;
    }

    String fileName() {
        return fileName;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
