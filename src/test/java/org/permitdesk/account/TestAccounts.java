package org.permitdesk.account;

import java.util.concurrent.atomic.AtomicInteger;
import org.permitdesk.account.request.AccountType;

/** Account details that don't collide between tests sharing one database. */
final class TestAccounts {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private TestAccounts() {
    }

    static String uniqueLicence() {
        return String.valueOf(2_000_000 + NEXT.incrementAndGet() % 7_000_000);
    }

    static String uniquePhone() {
        return String.format("(760) 5%02d-%04d", NEXT.incrementAndGet() % 100, NEXT.incrementAndGet() % 10_000);
    }

    static AccountDetails contractor(String licence, String business, String email) {
        return new AccountDetails(AccountType.CONTRACTOR, licence, business, "Daniel Reyes", email, uniquePhone(),
                "42-600 Cook St, Palm Desert, CA 92211", null);
    }

    static AccountDetails owner(String name, String email) {
        return new AccountDetails(AccountType.PROPERTY_OWNER, null, null, name, email, uniquePhone(),
                "73-510 Fred Waring Dr, Palm Desert, CA 92260", "B2611-0042");
    }
}
