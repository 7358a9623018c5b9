package com.incidentreports.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnreachableProblemTest {

    private static final String PATH = "/api/v1/reports/1/comments";

    @Test
    void aDatabaseOutOfReachIsServiceUnavailable() {
        Problem problem = Problems.toProblem(new EJBException(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("Connection refused", "08001")))), PATH);

        assertEquals(503, problem.status());
        assertTrue(problem.detail().contains("database cannot be reached"), problem.detail());
        assertEquals(PATH, problem.instance());
    }

    @Test
    void aRoleCheckThatCouldNotReadThePersonIsNotARefusal() {
        EJBAccessException denied = new EJBAccessException("role check failed");
        denied.initCause(new PersistenceException(new SQLException("This connection has been closed.", "08003")));

        assertEquals(503, Problems.toProblem(denied, PATH).status());
    }

    @Test
    void otherFailuresKeepTheirStatus() {
        assertEquals(403, Problems.toProblem(new EJBAccessException("no role"), PATH).status());
        assertEquals(500, Problems.toProblem(new EJBException(new PersistenceException(
                new SQLException("syntax error", "42601"))), PATH).status());
    }
}
