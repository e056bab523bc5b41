package org.a4ptracker.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.FieldErrors;
import org.a4ptracker.shared.PageLinks;
import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administration: accounts, focal-point bindings, invitations and the audit log. */
@Controller
class AdminController {

    private final AccountService accounts;
    private final AuditLog audit;
    private final AccessPolicy access;

    AdminController(AccountService accounts, AuditLog audit, AccessPolicy access) {
        this.accounts = accounts;
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/admin/users")
    String users(CurrentUser me, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("users", accounts.accounts(me, PageRequest.of(page, 50)));
        model.addAttribute("pagerBase", PageLinks.base("/admin/users"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccount("", "", false, false, List.of()));
        }
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String create(CurrentUser me, @RequestParam String email, @RequestParam String displayName,
                  @RequestParam(defaultValue = "false") boolean administrator, @RequestParam(defaultValue = "false") boolean reviewer,
                  @RequestParam(defaultValue = "") String stakeholders, Model model) {
        var form = new NewAccount(email, displayName, administrator, reviewer,
                Arrays.stream(stakeholders.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList());
        try {
            var created = accounts.create(me, form);
            return "redirect:/admin/users/" + created.id() + "?created";
        } catch (BadRequestException e) {
            model.addAttribute("form", form);
            model.addAttribute("formStakeholders", stakeholders);
            FieldErrors.show(e, model::addAttribute, "email", "email", "displayName", "displayName", "stakeholderCodes", "stakeholders");
            return users(me, 1, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String user(CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("account", accounts.account(me, id));
        return "identity/user";
    }

    @PostMapping("/admin/users/{id}")
    String update(CurrentUser me, @PathVariable long id, @RequestParam String displayName,
                  @RequestParam(defaultValue = "false") boolean administrator, @RequestParam(defaultValue = "false") boolean reviewer,
                  @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.update(me, id, displayName, administrator, reviewer, enabled);
            redirect.addFlashAttribute("notice", "saved");
        } catch (BadRequestException e) {
            // "administrator" is the service's name for both ways of locking oneself out: point at the box that did it
            FieldErrors.show(e, redirect::addFlashAttribute, "displayName", "displayName", "administrator", administrator ? "enabled" : "administrator");
            redirect.addFlashAttribute("edit", new AccountEdit(displayName, administrator, reviewer, enabled));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/bindings")
    String bind(CurrentUser me, @PathVariable long id, @RequestParam String stakeholder, RedirectAttributes redirect) {
        try {
            accounts.bind(me, id, stakeholder);
        } catch (BadRequestException e) {
            FieldErrors.show(e, redirect::addFlashAttribute, "stakeholderCodes", "stakeholder");
            redirect.addFlashAttribute("typedStakeholder", stakeholder);
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/bindings/{stakeholderId}/delete")
    String unbind(CurrentUser me, @PathVariable long id, @PathVariable long stakeholderId) {
        accounts.unbind(me, id, stakeholderId);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/invitation")
    String invite(CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        String token = accounts.invite(me, id);
        redirect.addFlashAttribute("invitationLink",
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitations/{token}").buildAndExpand(token).toUriString());
        return "redirect:/admin/users/" + id;
    }

    /** What an administrator typed into an account's form that was refused, shown back instead of the stored values. */
    record AccountEdit(String displayName, boolean administrator, boolean reviewer, boolean enabled) implements java.io.Serializable {
    }

    @GetMapping("/admin/audit")
    String audit(CurrentUser me, @RequestParam(required = false) String action, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String actor, @RequestParam(required = false) LocalDate from,
                 @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page, Model model) {
        access.requireAdministrator(me, "READ_AUDIT_LOG");
        var filter = new AuditFilter(action, outcome, actor, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("events", audit.find(me, filter, PageRequest.of(page, 50)));
        model.addAttribute("actions", audit.actions());
        model.addAttribute("pagerBase", PageLinks.base("/admin/audit", "action", action, "outcome", outcome, "actor", actor,
                "from", from, "to", to));
        return "identity/audit";
    }
}
