package org.a4ptracker.identity;

import java.util.List;

import org.a4ptracker.shared.SampleDataProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In sample mode only: one account per role, so that a newcomer can try every workflow. The
 * credentials are printed at start-up; they are public, so sample mode is never for production.
 */
@Component
@Order(40)
class SampleAccounts implements ApplicationRunner {

    static final String PASSWORD = "sample-password-2026";
    static final List<NewAccount> ACCOUNTS = List.of(
            new NewAccount("admin@example.org", "Sample Administrator", true, false, List.of()),
            new NewAccount("reviewer@example.org", "Sample Reviewer (Secretariat)", false, true, List.of()),
            new NewAccount("focal.point@example.org", "Sample Focal Point, Ghana", false, false, List.of("GHA")),
            new NewAccount("mission.focal.point@example.org", "Sample Focal Point, MINUSCA", false, false, List.of("MINUSCA")));
    private static final Logger log = LoggerFactory.getLogger(SampleAccounts.class);

    private final AccountService accounts;
    private final UserRepository users;
    private final SampleDataProperties sample;

    SampleAccounts(AccountService accounts, UserRepository users, SampleDataProperties sample) {
        this.accounts = accounts;
        this.users = users;
        this.sample = sample;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!sample.enabled()) {
            return;
        }
        for (NewAccount account : ACCOUNTS) {
            if (users.byEmail(account.email()).isEmpty()) {
                accounts.create(null, account, PASSWORD, true);
            }
        }
        var lines = new StringBuilder("\n  Sample accounts (sample mode only), password for all: ").append(PASSWORD);
        ACCOUNTS.forEach(a -> lines.append("\n    ").append(a.email()).append("  ").append(a.displayName()));
        log.info(lines.toString());
    }
}
