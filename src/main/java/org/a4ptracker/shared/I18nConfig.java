package org.a4ptracker.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message bundles under messages/, formatted by ICU (replaces Spring Boot's default message source). */
@Configuration
class I18nConfig {

    @Bean
    MessageSource messageSource() {
        return new IcuMessageSource();
    }
}
