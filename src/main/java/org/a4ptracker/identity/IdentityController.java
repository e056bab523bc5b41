package org.a4ptracker.identity;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.FieldErrors;
import org.a4ptracker.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page and the invitation page where a new account sets its password. */
@Controller
class IdentityController {

    private final AccountService accounts;
    private final ObjectProvider<InMemoryClientRegistrationRepository> oidcClients;

    IdentityController(AccountService accounts, ObjectProvider<InMemoryClientRegistrationRepository> oidcClients) {
        this.accounts = accounts;
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(name = "oidc-error", required = false) String oidcError,
                 jakarta.servlet.http.HttpServletRequest request, Model model) {
        var providers = new java.util.ArrayList<ClientRegistration>();
        var repository = oidcClients.getIfAvailable();
        if (repository != null) {
            repository.forEach(providers::add);
        }
        model.addAttribute("providers", providers);
        model.addAttribute("typedEmail", SignInFailureHandler.takeTypedEmail(request.getSession(false)));
        // which of the two it was is not said (that would tell which accounts exist): the message concerns both fields
        if (locked != null) {
            model.addAttribute("fieldErrors", java.util.Map.of("username", Text.of("login.locked")));
        } else if (error != null) {
            model.addAttribute("fieldErrors", java.util.Map.of("username", Text.of("login.error")));
        }
        model.addAttribute("wrongPassword", locked == null && error != null);
        model.addAttribute("oidcError", oidcError != null);
        return "identity/login";
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("email", accounts.invitationEmail(token).orElse(null));
        return "identity/invitation";
    }

    @PostMapping("/invitations/{token}")
    String acceptInvitation(@PathVariable String token, @RequestParam(required = false) String password,
                            @RequestParam(required = false) String confirmation, Model model) {
        try {
            accounts.acceptInvitation(token, password, confirmation);
            return "redirect:/login?welcome";
        } catch (BadRequestException e) {
            model.addAttribute("token", token);
            model.addAttribute("email", accounts.invitationEmail(token).orElse(null));
            // the passwords are not shown back: the person types them again
            FieldErrors.show(e, model::addAttribute, "password", "password", "confirmation", "confirmation");
            return "identity/invitation";
        }
    }
}
