package org.a4ptracker.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at /api/openapi, held to Redocly's recommended rules (OpenApiLintIT): both ways of
 * signing in described, every operation saying who may call it and which 4xx answers it gives, and a relative server
 * URL, so that a client generated from it works against whichever instance served it.
 */
@Configuration
class OpenApiConfig {

    static final String TOKEN = "apiToken";
    static final String SESSION = "session";
    private static final List<String> SIGNED_IN = List.of("/api/v1/workspace/", "/api/v1/account/", "/api/v1/admin/",
            "/api/v1/review/", "/api/v1/indicator-entry/", "/api/v1/me");

    private static final Schema<?> PROBLEM = new Schema<>().type("object").description("RFC 9457 problem details")
                                .addProperty("type", new Schema<>().type("string"))
                                .addProperty("title", new Schema<>().type("string"))
                                .addProperty("status", new Schema<>().type("integer"))
                                .addProperty("detail", new Schema<>().type("string"))
                                .addProperty("code", new Schema<>().type("string").description("The message key of the detail, the same in every language"))
                                .addProperty("instance", new Schema<>().type("string"))
                                .addProperty("parameter", new Schema<>().type("string").description("The parameter or field at fault"))
                                .addProperty("errors", new Schema<>().type("array").description("Every problem of a body, by field")
                                        .items(new Schema<>().type("object")));

    static {
        // the signed-in account is resolved from the session or token, never sent as parameters
        org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(org.a4ptracker.identity.CurrentUser.class);
        // a message (shared.Text) is written as its text in the caller's language (TextJsonSerializer): a string
        org.springdoc.core.utils.SpringDocUtils.getConfig().replaceWithClass(org.a4ptracker.shared.Text.class, String.class);
    }

    @Bean
    OpenAPI a4pTrackerApi() {
        return new OpenAPI().info(new Info()
                        .title("A4P Tracker API")
                        .version("v1")
                        .description("""
                                Read the Action for Peacekeeping Declaration, its stakeholders and endorsements as JSON.
                                Lists are paginated with `page` (1-based) and `size` (1-200). Bad parameters answer 400 and unknown
                                ids 404, both as RFC 9457 problem details. Rows with `sample: true` are generated demonstration data.
                                Reading published data needs no sign-in; changes need a personal API token (`Authorization: Bearer
                                a4p_...`) or a browser session with its CSRF token (header `X-CSRF-TOKEN`).""")
                        .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("The instance that serves this description")))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("a4p_...").description("A personal API token, created at /account/tokens"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                                .name("SESSION").description("A signed-in browser session; changes also need the header X-CSRF-TOKEN")));
    }

    /** Who may call each operation, and the 4xx answers it can give beside those its controller declares. */
    @Bean
    OpenApiCustomizer securityAndErrors() {
        return api -> {
            api.getComponents().addSchemas("ProblemDetail", PROBLEM);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation)));
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean signedIn = method != PathItem.HttpMethod.GET || SIGNED_IN.stream().anyMatch(path::startsWith);
        operation.setSecurity(signedIn
                ? List.of(new SecurityRequirement().addList(TOKEN), new SecurityRequirement().addList(SESSION))
                : List.of(new SecurityRequirement().addList(TOKEN), new SecurityRequirement().addList(SESSION), new SecurityRequirement()));
        boolean parameters = operation.getRequestBody() != null || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (parameters) {
            problem(operation, "400", "A parameter or the body cannot be served; the problem names it");
        }
        if (path.contains("{")) {
            problem(operation, "404", "Nothing has this id or code");
        }
        if (signedIn) {
            problem(operation, "401", "Not signed in: send a personal API token or a session");
            problem(operation, "403", "Signed in, but not allowed (or a session change without its CSRF token)");
        }
        if (!parameters && !path.contains("{") && !signedIn) {
            problem(operation, "406", "The Accept header asks for a type this operation does not answer");
        }
    }

    private static void problem(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
    }
}
