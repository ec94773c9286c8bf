package org.permitdesk.account;

import jakarta.persistence.Basic;
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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.permitdesk.account.request.AccountType;

/** An emailed (or pasted) account request, kept with its original message whatever becomes of it. */
@Entity
@Table(name = "account_request")
public class AccountRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source", nullable = false, length = 20)
    private RequestSource source;

    @Column(name = "source_name", length = 300)
    private String sourceName;

    @Column(name = "message_id", length = 500)
    private String messageId;

    @Column(name = "subject", length = 500)
    private String subject;

    @Column(name = "sender", length = 500)
    private String sender;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "account_type", length = 30)
    private AccountType accountType;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "raw_message", nullable = false)
    private byte[] rawMessage;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 30)
    private RequestStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private PortalAccount account;

    @Column(name = "handled_by", length = 60)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccountRequest() {
    }

    AccountRequest(IncomingRequest incoming, RequestStatus status, AccountType accountType, String displayName,
                   int problemCount) {
        this.receivedAt = incoming.receivedAt();
        this.source = incoming.source();
        this.sourceName = cut(incoming.sourceName(), 300);
        this.messageId = cut(incoming.messageId(), 500);
        this.subject = cut(incoming.subject(), 500);
        this.sender = cut(incoming.sender(), 500);
        this.rawMessage = incoming.raw();
        this.status = status;
        this.accountType = accountType;
        this.displayName = cut(displayName, 200);
        this.problemCount = problemCount;
    }

    /** Records what the clerk decided; {@code account} is the account created or linked, if any. */
    void close(RequestStatus newStatus, String reason, PortalAccount linked, String clerk, Instant now) {
        this.status = newStatus;
        this.statusReason = cut(reason, 1000);
        this.account = linked;
        this.handledBy = clerk;
        this.handledAt = now;
    }

    RequestSummary summary() {
        return new RequestSummary(id, receivedAt, source, sourceName, subject, sender, accountType, displayName,
                problemCount, status, statusReason, account == null ? null : account.getId(), handledBy, handledAt,
                version);
    }

    byte[] rawMessage() {
        return rawMessage;
    }

    long version() {
        return version;
    }

    static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1) + "\u2026";
    }
}
