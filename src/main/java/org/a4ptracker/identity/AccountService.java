package org.a4ptracker.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.FieldProblems;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their bindings, managed by administrators; invitations that let a person set a password. */
@Service
public class AccountService {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final int MIN_PASSWORD = 12;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final UserRepository users;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(UserRepository users, StakeholderService stakeholders, AccessPolicy access, AuditLog audit,
                   PasswordEncoder passwords, JdbcClient jdbc, Optional<Clock> clock) {
        this.users = users;
        this.stakeholders = stakeholders;
        this.access = access;
        this.audit = audit;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> accounts(CurrentUser admin, PageRequest page) {
        access.requireAdministrator(admin, "LIST_USERS");
        return new Page<>(withBindings(users.page(page)), page.page(), page.size(), users.count());
    }

    @Transactional(readOnly = true)
    public UserAccount account(CurrentUser admin, long id) {
        access.requireAdministrator(admin, "READ_USER");
        return withBindings(List.of(users.byId(id).orElseThrow(() -> new NotFoundException("User", id)))).get(0);
    }

    /** Display names of accounts, for showing who did what on records the reader may already see. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, display_name from app_user where id in (:ids)").param("ids", ids)
                    .query((java.sql.ResultSet rs) -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    @Transactional
    public UserAccount create(CurrentUser admin, NewAccount account) {
        access.requireAdministrator(admin, "CREATE_USER");
        return create(admin, account, null, false);
    }

    /** Creates an account without a check: only for the sample-data loader. */
    @Transactional
    UserAccount create(CurrentUser admin, NewAccount account, String password, boolean sample) {
        // every field's problem at once, for the form; an API client gets the first, in the order these were always checked
        var problems = new FieldProblems();
        if (account.email() == null || !EMAIL.matcher(account.email().trim()).matches()) {
            problems.add("email", "account.problem.email");
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            problems.add("displayName", "account.problem.name");
        }
        problems.plainText("displayName", account.displayName(), org.a4ptracker.shared.PlainText.Lines.ONE, 200);
        if (!problems.has("email") && users.byEmail(account.email()).isPresent()) {
            problems.add("email", "account.problem.email-taken");
        }
        var stakeholderIds = new ArrayList<Long>();
        for (String code : account.stakeholderCodes() == null ? List.<String>of() : account.stakeholderCodes()) {
            if (code != null && !code.isBlank() && !problems.has("stakeholderCodes")) {
                try {
                    stakeholderIds.add(stakeholderId(code));
                } catch (BadRequestException e) {
                    problems.add(e.parameter(), e.text());
                }
            }
        }
        problems.throwIfAny();
        long id = users.insert(account.email(), account.displayName().trim(), account.administrator(), account.reviewer(),
                password == null ? null : passwords.encode(password), sample, Instant.now(clock));
        stakeholderIds.forEach(s -> users.bind(id, s, admin == null ? null : admin.id(), Instant.now(clock)));
        audit.changed(admin, "CREATE_USER", "user", id, null, UserRepository.normalise(account.email())
                + (account.administrator() ? " administrator" : "") + (account.reviewer() ? " reviewer" : "")
                + (account.stakeholderCodes() == null ? "" : " focal point of " + account.stakeholderCodes()));
        return withBindings(List.of(users.byId(id).orElseThrow())).get(0);
    }

    @Transactional
    public void update(CurrentUser admin, long id, String displayName, boolean administrator, boolean reviewer, boolean enabled) {
        access.requireAdministrator(admin, "UPDATE_USER");
        var row = users.byId(id).orElseThrow(() -> new NotFoundException("User", id));
        if (admin.id() == id && (!administrator || !enabled)) {
            throw new BadRequestException("administrator", "account.problem.own-role");
        }
        org.a4ptracker.shared.PlainText.require("displayName", displayName, org.a4ptracker.shared.PlainText.Lines.ONE, 200);
        users.updateRoles(id, displayName == null || displayName.isBlank() ? row.displayName() : displayName.trim(),
                administrator, reviewer, enabled);
        audit.changed(admin, "UPDATE_USER", "user", id, null,
                "administrator=" + administrator + " reviewer=" + reviewer + " enabled=" + enabled);
    }

    @Transactional
    public void bind(CurrentUser admin, long userId, String stakeholderCode) {
        access.requireAdministrator(admin, "BIND_FOCAL_POINT");
        users.byId(userId).orElseThrow(() -> new NotFoundException("User", userId));
        long stakeholderId = stakeholderId(stakeholderCode);
        if (users.bind(userId, stakeholderId, admin.id(), Instant.now(clock))) {
            audit.changed(admin, "BIND_FOCAL_POINT", "user", userId, stakeholderId, stakeholderCode);
        }
    }

    @Transactional
    public void unbind(CurrentUser admin, long userId, long stakeholderId) {
        access.requireAdministrator(admin, "UNBIND_FOCAL_POINT");
        if (users.unbind(userId, stakeholderId)) {
            audit.changed(admin, "UNBIND_FOCAL_POINT", "user", userId, stakeholderId, null);
        }
    }

    /** A single-use link secret, valid for {@link #INVITATION_LIFETIME}; earlier unused invitations stop working. */
    @Transactional
    public String invite(CurrentUser admin, long userId) {
        access.requireAdministrator(admin, "INVITE_USER");
        users.byId(userId).orElseThrow(() -> new NotFoundException("User", userId));
        Instant now = Instant.now(clock);
        jdbc.sql("update invitation set expires_at = :now where user_id = :user and used_at is null and expires_at > :now")
                .param("user", userId).param("now", Timestamp.from(now)).update();
        String token = Tokens.generate("");
        jdbc.sql("insert into invitation (user_id, token_hash, created_at, expires_at) values (:user, :hash, :now, :expires)")
                .param("user", userId).param("hash", Tokens.hash(token)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(INVITATION_LIFETIME))).update();
        audit.changed(admin, "INVITE_USER", "user", userId, null, "expires " + now.plus(INVITATION_LIFETIME));
        return token;
    }

    /** The e-mail address an invitation is for, if it can still be used. */
    @Transactional(readOnly = true)
    public Optional<String> invitationEmail(String token) {
        return openInvitation(token).flatMap(userId -> users.byId(userId).map(UserRepository.Row::email));
    }

    @Transactional
    public void acceptInvitation(String token, String password, String confirmation) {
        long userId = openInvitation(token).orElseThrow(() -> new BadRequestException("token",
                "account.problem.invitation"));
        var row = users.byId(userId).orElseThrow();
        var problems = new FieldProblems();
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add("password", "account.problem.password-short", MIN_PASSWORD);
        }
        if (password == null || !password.equals(confirmation)) {
            problems.add("confirmation", "account.problem.password-differ");
        }
        if (password != null && password.equalsIgnoreCase(row.email())) {
            problems.add("password", "account.problem.password-email");
        }
        problems.throwIfAny();
        users.setPassword(userId, passwords.encode(password));
        jdbc.sql("update invitation set used_at = :now where token_hash = :hash")
                .param("now", Timestamp.from(Instant.now(clock))).param("hash", Tokens.hash(token)).update();
        audit.changed(new CurrentUser(userId, row.email(), row.displayName(), false, false, java.util.Set.of()),
                "ACCEPT_INVITATION", "user", userId, null, "password set");
    }

    private Optional<Long> openInvitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from invitation where token_hash = :hash and used_at is null and expires_at > :now")
                .param("hash", Tokens.hash(token)).param("now", Timestamp.from(Instant.now(clock)))
                .query(Long.class).optional();
    }

    private long stakeholderId(String code) {
        try {
            return stakeholders.summary(code.trim().toUpperCase(java.util.Locale.ROOT)).id();
        } catch (NotFoundException e) {
            throw new BadRequestException("stakeholderCodes", "account.problem.stakeholder", code);
        }
    }

    private List<UserAccount> withBindings(List<UserRepository.Row> rows) {
        var ids = rows.stream().map(UserRepository.Row::id).toList();
        var bindings = users.bindings(ids);
        var names = stakeholders.byIds(bindings.stream().map(b -> b[1]).toList());
        return rows.stream().map(r -> new UserAccount(r.id(), r.email(), r.displayName(), r.administrator(), r.reviewer(),
                r.enabled(), r.passwordHash() != null, r.createdAt(), r.sample(),
                bindings.stream().filter(b -> b[0] == r.id()).map(b -> names.get(b[1]))
                        .map(s -> new UserAccount.Binding(s.id(), s.code(), s.names().en())).toList())).toList();
    }
}
