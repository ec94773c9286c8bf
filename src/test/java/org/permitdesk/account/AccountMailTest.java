package org.permitdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.account.request.AccountRequestParser;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.Mailer;

/** The welcome email and the "we still need…" reply, sent through a real in-process SMTP server (GreenMail). */
class AccountMailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T16:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("permits@city.example", "permits", "secret"));

    @TempDir
    Path outbox;

    private AccountMail mail() {
        MailSettings settings = new MailSettings(new MailSettings.Smtp(GREEN_MAIL.getSmtp().getBindTo(),
                GREEN_MAIL.getSmtp().getPort(), MailSettings.TlsMode.NONE, "permits", "secret"),
                MailSettings.Imap.none(), "Permit Center <permits@city.example>");
        return new AccountMail(new Mailer(settings, outbox, CLOCK), "Palm Valley Permit Center", "https://permits.example.gov");
    }

    @Test
    void theWelcomeEmailGivesTheUsernameTheTemporaryPasswordAndHowToSignIn() throws Exception {
        AccountDetails details = new AccountDetails(AccountType.CONTRACTOR, "1045872", "Coachella Valley Solar Inc.",
                "Daniel Reyes", "dreyes@cvsolar.example.com", "(760) 555-0188", "42-600 Cook St, Palm Desert, CA", null);
        AccountSummary account = new AccountSummary(7, AccountType.CONTRACTOR, "1045872", details, false, true,
                CLOCK.instant().plusSeconds(14 * 86_400), CLOCK.instant(), "carmen", CLOCK.instant(), "carmen", 0);

        String outcome = mail().sendWelcome(new CreatedAccount(account, "Hq7x-mT3p-Zk9a", account.passwordExpiresAt()));

        assertEquals("Welcome email sent.", outcome);
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("dreyes@cvsolar.example.com", received[0].getAllRecipients()[0].toString());
        String body = GreenMailUtil.getBody(received[0]).replace("=\r\n", "");
        assertTrue(body.contains("Username: 1045872") && body.contains("Temporary password: Hq7x-mT3p-Zk9a"), body);
        assertTrue(body.contains("https://permits.example.gov") && body.contains("CSLB licence number"), body);
    }

    @Test
    void theMissingInfoReplyGoesToTheSenderUnderTheOriginalMessage() throws Exception {
        RequestDetail fromMail = new RequestDetail(new RequestSummary(1, CLOCK.instant(), RequestSource.MAILBOX, null,
                "Contractor - eTRAKiT Account Setup", "Daniel Reyes <dreyes@cvsolar.example.com>", AccountType.CONTRACTOR,
                null, 4, RequestStatus.NEW, null, null, null, null, 0), "",
                new AccountRequestParser().parse(("From: Daniel Reyes <dreyes@cvsolar.example.com>\r\nSubject: Contractor"
                        + " - eTRAKiT Account Setup\r\nMessage-ID: <abc@mail.example>\r\n\r\nCSLB Number: 1045872\r\n")
                        .getBytes()), null);

        String outcome = mail().askForMissingInfo(fromMail, List.of("The business name is required."));

        assertEquals("Reply sent.", outcome);
        MimeMessage reply = GREEN_MAIL.getReceivedMessages()[0];
        assertEquals("Re: Contractor - eTRAKiT Account Setup", reply.getSubject());
        assertEquals("<abc@mail.example>", reply.getHeader("In-Reply-To")[0]);
        assertTrue(GreenMailUtil.getBody(reply).contains("- The business name is required."));
    }
}
