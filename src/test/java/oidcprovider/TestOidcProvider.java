package oidcprovider;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real, minimal OpenID Connect provider (Spring Authorization Server) for end-to-end tests of
 * "sign in with your organisation". It lives outside {@code org.a4ptracker} so that the A4P
 * application's component scan never sees it, and it runs as its own Spring Boot application
 * without a database: it never runs the A4P migrations or seeders.
 *
 * <p>One confidential client ({@link #CLIENT_ID}, authorization code, scopes openid, profile and
 * email, no consent) and two people, {@code focal.point@example.org} and
 * {@code stranger@example.org}, both with password {@link #PASSWORD}; the ID token carries their
 * {@code email} and {@code email_verified=true}.
 *
 * <p>The registered redirect URI is on the loopback address {@code 127.0.0.1}: for loopback
 * redirect URIs Spring Authorization Server ignores the port (RFC 8252, section 7.3), so the A4P
 * application may run on a random port, provided the browser reaches it as {@code 127.0.0.1}
 * while the provider is reached as {@code localhost}. The two hosts also keep the two session
 * cookies apart (cookies ignore the port); the provider's cookie has its own name besides.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        // no database at all, hence no A4P migrations
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration",
        // the A4P application's own concerns
        "org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification",
        "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"})
public class TestOidcProvider {

    public static final String CLIENT_ID = "a4p-tracker";
    public static final String CLIENT_SECRET = "a4p-tracker-test-secret";
    public static final String PASSWORD = "provider-password-2026";
    public static final String FOCAL_POINT = "focal.point@example.org";
    public static final String STRANGER = "stranger@example.org";
    /** The port is ignored for loopback addresses; any A4P port on 127.0.0.1 matches. */
    public static final String REDIRECT_URI = "http://127.0.0.1/login/oauth2/code/test-idp";

    /** Starts the provider on a free port; close the result to stop it. */
    public static Running start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TestOidcProvider.class)
                .main(TestOidcProvider.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                // command-line arguments, so that they win over everything, and so that the A4P
                // application.properties (same classpath) is not even read
                .run("--spring.config.name=test-oidc-provider",
                        "--spring.application.name=test-oidc-provider",
                        "--server.port=0",
                        "--server.servlet.session.cookie.name=OIDC_PROVIDER_SESSION",
                        "--spring.jmx.enabled=false");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, "http://localhost:" + port);
    }

    /** A started provider: its issuer URI, and {@link #close()} to stop it. */
    public record Running(ConfigurableApplicationContext context, String issuer) implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // the userinfo endpoint accepts the provider's own access tokens
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), html));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain providerLoginPage(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(
                User.withUsername(FOCAL_POINT).password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername(STRANGER).password("{noop}" + PASSWORD).roles("USER").build());
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** The user names are e-mail addresses, and this provider vouches for them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claim("email", context.getPrincipal().getName()).claim("email_verified", true);
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() {
        KeyPair keys = rsaKeys();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    /** Issuer unset: it is taken from each request, i.e. {@code http://localhost:<port>}. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    private static KeyPair rsaKeys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
