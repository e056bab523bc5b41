package org.a4ptracker.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts", description = "The signed-in account, personal API tokens, and (administrators) accounts and the audit log")
class IdentityApiController {

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final AuditLog audit;
    private final AccessPolicy access;

    IdentityApiController(AccountService accounts, ApiTokenService tokens, AuditLog audit, AccessPolicy access) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in account: roles and the stakeholders it is focal point for")
    CurrentUser me(CurrentUser me) {
        access.requireSignedIn(me, "READ_ME");
        return me;
    }

    @GetMapping("/api/v1/account/tokens")
    @Operation(summary = "Your personal API tokens (never their secrets)")
    List<ApiToken> tokens(CurrentUser me) {
        return tokens.tokens(me);
    }

    @PostMapping("/api/v1/account/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal API token; the secret is in this answer only. Use it as 'Authorization: Bearer <secret>'")
    ApiToken.Created createToken(CurrentUser me, @RequestBody Map<String, String> body) {
        return tokens.create(me, body.get("name"));
    }

    @DeleteMapping("/api/v1/account/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens")
    void revokeToken(CurrentUser me, @PathVariable long id) {
        tokens.revoke(me, id);
    }

    @GetMapping("/api/v1/admin/users")
    @Operation(summary = "Accounts with their bindings (administrators)")
    Page<UserAccount> users(CurrentUser me, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return accounts.accounts(me, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (administrators); it signs in after accepting an invitation or through OpenID Connect")
    UserAccount createUser(CurrentUser me, @RequestBody NewAccount account) {
        return accounts.create(me, account);
    }

    @GetMapping("/api/v1/admin/audit")
    @Operation(summary = "The audit log, newest first, filtered by action, outcome (SUCCESS, DENIED, FAILURE), actor e-mail and dates")
    Page<AuditEvent> audit(CurrentUser me, @RequestParam(required = false) String action, @RequestParam(required = false) String outcome,
                           @RequestParam(required = false) String actor, @RequestParam(required = false) LocalDate from,
                           @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size) {
        access.requireAdministrator(me, "READ_AUDIT_LOG");
        return audit.find(me, new AuditFilter(action, outcome, actor, from, to), PageRequest.of(page, size));
    }
}
