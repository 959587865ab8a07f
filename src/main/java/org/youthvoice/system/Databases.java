package org.youthvoice.system;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

/**
 * The entity manager of the database in use. Both persistence units are built in, PostgreSQL on the default datasource
 * and H2 on "embedded"; {@link DatabaseSwitch} leaves one active. No datasource is produced here: the default one's own
 * bean already answers {@code @Inject AgroalDataSource} (Flyway and the health check look it up so), hence plain JDBC
 * code takes {@code @Any InjectableInstance<AgroalDataSource>} and its {@code getActive()}.
 */
@ApplicationScoped
public class Databases {

    /** The persistence unit on the default datasource, PostgreSQL at QUARKUS_DATASOURCE_JDBC_URL. */
    public static final String POSTGRESQL = "postgresql";
    /** The persistence unit on the embedded H2 file database under ./data. */
    public static final String EMBEDDED = "embedded";

    @Produces
    @ApplicationScoped
    EntityManager entityManager(@PersistenceUnit(POSTGRESQL) InjectableInstance<EntityManager> postgresql,
                                @PersistenceUnit(EMBEDDED) InjectableInstance<EntityManager> embedded) {
        // Inactive units are injected as instances only: a plain injection point on one would stop start-up.
        return postgresql.getHandle().getBean().isActive() ? postgresql.get() : embedded.get();
    }
}
