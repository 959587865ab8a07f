package org.youthvoice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The suites run on the database the Maven profile names (H2 by default, PostgreSQL with -Ppostgres), never silently on another. */
@QuarkusTest
class DatabaseKindTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRunOnTheDatabaseTheProfileNames() throws Exception {
        String expected = System.getProperty("youthvoice.test.database", "H2");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
