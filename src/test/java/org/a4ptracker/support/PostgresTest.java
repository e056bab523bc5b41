package org.a4ptracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** A Spring test on a real PostgreSQL: embedded by default, or the server an environment variable names. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AutoConfigureMockMvc
@SpringBootTest(properties = "a4p.sample-data.enabled=true")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Tag("postgres")
public @interface PostgresTest {
}
