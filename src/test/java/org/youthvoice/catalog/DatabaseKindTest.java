package org.youthvoice.catalog;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The suites run on the database the Maven profile names (H2 by default, PostgreSQL with -Ppostgres), never silently
 * on another; the same build chooses it at start-up, and the entity manager and the readiness check follow.
 */
@QuarkusTest
class DatabaseKindTest {

    @Inject
    @Any
    InjectableInstance<AgroalDataSource> dataSources;

    @Inject
    EntityManager em;

    static String expected() {
        return System.getProperty("youthvoice.test.database", "H2");
    }

    @Test
    void shouldRunOnTheDatabaseTheProfileNames() throws Exception {
        try (Connection connection = dataSources.getActive().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected());
        }
    }

    @Test
    void shouldHandOutTheEntityManagerOfThatDatabase() {
        String product = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class)
                .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName()));
        assertThat(product).isEqualTo(expected());
    }

    @Test
    void shouldReportOnlyThatDatabaseAsReady() {
        Map<String, String> databases = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getMap("checks.find { it.name == 'Database connections health check' }.data");
        assertThat(databases).containsExactly(entry("PostgreSQL".equals(expected()) ? "<default>" : "embedded", "UP"));
    }
}
