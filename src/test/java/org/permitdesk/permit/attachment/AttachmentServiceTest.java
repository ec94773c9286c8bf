package org.permitdesk.permit.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class AttachmentServiceTest {

    @TempDir
    Path folder;

    @DatabaseTest
    void anAttachedFileIsKeptWithThePermitAndComesBackExactly(TestDb db) throws Exception {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "7 File St",
                "123-456-788", "Owner Name", null);
        byte[] plans = new byte[300_000];
        new java.util.Random(7).nextBytes(plans);
        Path file = Files.write(folder.resolve("site plan.pdf"), plans);
        AttachmentService attachments = new AttachmentService(db.database(), Clock.systemUTC());

        AttachmentRow row = attachments.attach(id, file, TestUsers.clerk("carmen"));
        Path out = attachments.writeOut(row.id(), folder.resolve("open"));

        assertEquals(List.of("site plan.pdf"), attachments.attachments(id).stream().map(AttachmentRow::fileName).toList());
        assertEquals("292 KB", row.size());
        assertArrayEquals(plans, Files.readAllBytes(out));
        UserFacingException missing = assertThrows(UserFacingException.class,
                () -> attachments.attach(id, folder.resolve("gone.pdf"), TestUsers.clerk("carmen")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }
}
