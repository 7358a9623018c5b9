package com.incidentreports.platform;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnreachableTest {

    @Test
    void aRefusedConnectionWrappedByHibernateAndTheBeanContainerIsTheDatabaseBeingUnreachable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        EJBException wrapped = new EJBException(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused)));

        assertTrue(DatabaseUnreachable.in(wrapped));
    }

    @Test
    void aConnectionLostInTheMiddleOfAStatementIsTheDatabaseBeingUnreachable() {
        assertTrue(DatabaseUnreachable.in(new EJBTransactionRolledbackException("rolled back",
                new PersistenceException(new SQLException("An I/O error occurred", "08006")))));
    }

    @Test
    void connectionExceptionsOfJdbcAreTheDatabaseBeingUnreachableWhateverTheirState() {
        assertTrue(DatabaseUnreachable.in(new SQLTransientConnectionException("pool: no connection in 10 s")));
        assertTrue(DatabaseUnreachable.in(new RuntimeException(new SQLNonTransientConnectionException("closed"))));
    }

    @Test
    void aConnectionFailureChainedAsTheNextExceptionOfABatchCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));

        assertTrue(DatabaseUnreachable.in(new PersistenceException(batch)));
    }

    @Test
    void otherDatabaseFailuresAndFaultsOfTheRequestAreNot() {
        assertFalse(DatabaseUnreachable.in(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505")))));
        assertFalse(DatabaseUnreachable.in(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnreachable.in(new SQLException("no state")));
        assertFalse(DatabaseUnreachable.in(new IllegalStateException("No one has signed in.")));
        assertFalse(DatabaseUnreachable.in(null));
    }

    @Test
    void aChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(DatabaseUnreachable.in(first));
    }
}
