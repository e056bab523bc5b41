package org.a4ptracker.identity;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.FieldErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's own account: personal API tokens. */
@Controller
class AccountController {

    private final ApiTokenService tokens;

    AccountController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String tokens(CurrentUser me, Model model) {
        model.addAttribute("tokens", tokens.tokens(me));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String create(CurrentUser me, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("created", tokens.create(me, name));
        } catch (BadRequestException e) {
            FieldErrors.show(e, redirect::addFlashAttribute, "name", "name");
            redirect.addFlashAttribute("name", name);
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(CurrentUser me, @PathVariable long id) {
        tokens.revoke(me, id);
        return "redirect:/account/tokens";
    }
}
