package org.a4ptracker.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI a4pTrackerApi() {
        return new OpenAPI().info(new Info()
                .title("A4P Tracker API")
                .version("v1")
                .description("""
                        Read the Action for Peacekeeping Declaration, its stakeholders and endorsements as JSON.
                        Lists are paginated with `page` (1-based) and `size` (1-200). Bad parameters answer 400 and unknown
                        ids 404, both as RFC 9457 problem details. Rows with `sample: true` are generated demonstration data.""")
                .license(new License().name("Apache-2.0")));
    }
}
