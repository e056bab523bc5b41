package org.a4ptracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** A Spring test on an in-memory H2 in PostgreSQL mode, as the embedded default runs. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AutoConfigureMockMvc
@SpringBootTest(properties = {
        "spring.datasource.url=" + H2Test.URL, "a4p.sample-data.enabled=true"})
@Tag("h2")
public @interface H2Test {
    String URL = "jdbc:h2:mem:a4p-repository;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
}
