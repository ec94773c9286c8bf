package org.permitdesk.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitTypeAdminServiceTest {

    @DatabaseTest
    void aNewTemplateNumbersTheNextPermitsAndABadOneIsRefusedWithWhatToFix(TestDb db) {
        PermitTypeAdminService admin = new PermitTypeAdminService(db.database());
        PermitTypeAdminService.TypeRow film = admin.types().stream().filter(t -> t.code().equals("FILM")).findFirst()
                .orElseThrow();

        UserFacingException refused = assertThrows(UserFacingException.class, () -> admin.save(film.id(), film.version(),
                new PermitTypeAdminService.TypeChange("Film", "FLM", "{PREFIX}-{SEQ}-{DD}", 0, true), TestUsers.ADMIN));
        PermitTypeAdminService.TypeRow saved = admin.save(film.id(), film.version(),
                new PermitTypeAdminService.TypeChange("Film and photography", "fp", "{PREFIX}{YYYY}-{SEQ:5}", 30, true), TestUsers.ADMIN);
        PermitTypeAdminService.TypeRow withSubtype = admin.addSubtype(film.id(), "Student film", TestUsers.ADMIN);

        assertTrue(refused.getMessage().contains("{DD}, which is not a token"), refused.getMessage());
        assertTrue(refused.getMessage().contains("needs one {SEQ:n}"), refused.getMessage());
        assertTrue(refused.getMessage().contains("expiry period is 1 to 3,650 days"), refused.getMessage());
        assertEquals("FP", saved.prefix());
        assertTrue(withSubtype.subtypes().contains("Student film"));
        assertThrows(UserFacingException.class, () -> admin.addSubtype(film.id(), "student FILM", TestUsers.ADMIN));
        Clock clock = Clock.fixed(Instant.parse("2034-05-05T17:00:00Z"), ZoneOffset.UTC);
        PermitSummary permit = new PermitIntakeService(db.database(), clock).createPermit(new NewPermit(film.id(), null,
                null, new NewPermit.NewSite("1 Studio Way", null, null, null, null, null, null),
                List.of(new NewPermit.NewContact(ContactRole.OWNER, "Owner", null, null, null, null, null)),
                BigDecimal.ZERO, "Street filming", null), TestUsers.clerk("carmen"));
        assertEquals("FP2034-00001", permit.number());
    }
}
