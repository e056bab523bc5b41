package org.a4ptracker.web;

import org.a4ptracker.identity.ApiTokenAuthenticationFilter;
import org.a4ptracker.identity.AccountRefreshFilter;
import org.a4ptracker.identity.AccountUserDetailsService;
import org.a4ptracker.identity.ApiTokenService;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.OidcAccountService;
import org.a4ptracker.identity.SignInThrottle;
import org.a4ptracker.identity.SignInFailureHandler;
import org.a4ptracker.identity.SignInThrottleFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security URL table. Published data is readable by anyone; workspaces need an account, the
 * review queue a reviewer and administration an administrator. Services check again, per
 * stakeholder, before any change (see identity.AccessPolicy). CSRF is on for browser sessions;
 * calls carrying a personal API token are exempt, having no cookie to forge, and so are survey
 * answers through an invitation link, whose secret path is the credential.
 */
@Configuration
class SecurityConfig {

    /**
     * Our style sheet and scripts: public, the same for everyone, fingerprinted and kept a year. They need no
     * session, no CSRF token and none of a page's headers (a content security policy or frame options mean nothing
     * on a script or a style sheet, and were 330 of the bytes a phone downloads with each); "nosniff" stays.
     * Images keep the pages' headers: an SVG opened on its own is a document.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain staticFilesChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/css/**", "/js/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.defaultsDisabled().contentTypeOptions(org.springframework.security.config.Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, OidcAccountService oidcAccounts,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients, AuditLog audit,
                                            AccountUserDetailsService accounts, SignInThrottle throttle,
                                            org.a4ptracker.shared.Messages messages)
            throws Exception {
        RequestMatcher bearer = ApiTokenAuthenticationFilter::hasBearerToken;
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/**", "/api/v1/admin/**", "/actuator/prometheus").hasRole("ADMINISTRATOR")
                        .requestMatchers("/review/**", "/api/v1/review/**").hasRole("REVIEWER")
                        .requestMatchers("/workspace/**", "/account/**", "/actions/*/edit", "/actions/*/history",
                                "/indicators/entry/**", "/api/v1/indicator-entry/**",
                                "/api/v1/workspace/**", "/api/v1/account/**",
                                "/api/v1/me").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/login", "/logout", "/invitations/**", "/respond/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountRefreshFilter(accounts), AuthorizationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                // an invitation link is itself the credential: a forged request would need the secret in its path, so a
                // CSRF token adds nothing there, and without one a respondent's save never depends on a session
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, request -> request.getRequestURI().startsWith("/respond/")))
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler(new SignInFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAccessDeniedHandlerFor(new ApiAccessDenied(messages), api)
                        .defaultAccessDeniedHandlerFor(SecurityConfig::refusedPage, AnyRequestMatcher.INSTANCE)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
                                        + "form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .failureHandler((request, response, e) -> {
                        if (!(e instanceof OAuth2AuthenticationException refused && oidcAccounts.audits(refused))) {
                            audit.signIn(null, "openid-connect", false, "OIDC: " + e.getMessage());
                        }
                        response.sendRedirect(request.getContextPath() + "/login?oidc-error");
                    }));
        }
        return http.build();
    }

    /**
     * A page's form refused for want of a valid CSRF token: the session it belonged to ended (a long pause, a sign-out
     * elsewhere). What was typed is shown back on the 403 page (shared.KeptFields), so that nothing is lost.
     */
    private static void refusedPage(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                    org.springframework.security.access.AccessDeniedException denied)
            throws java.io.IOException, jakarta.servlet.ServletException {
        if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
            org.a4ptracker.shared.KeptFields.keep(request);
        }
        new AccessDeniedHandlerImpl().handle(request, response, denied);
    }
}
