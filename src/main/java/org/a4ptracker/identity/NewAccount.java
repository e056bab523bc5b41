package org.a4ptracker.identity;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create an account. Stakeholder codes make focal-point bindings. */
public record NewAccount(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String displayName,
                         boolean administrator, boolean reviewer, List<String> stakeholderCodes) {
}
