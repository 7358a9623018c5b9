package com.incidentreports.notification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands one outbox email at a time to the mail server configured as {@code mail/incidents} (server.xml), each in
 * a transaction of its own that records whether it went.
 */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource(lookup = "mail/incidents")
    private Session mail;

    /** The ids of up to {@code max} emails due now, oldest first. */
    public List<Long> due(int max) {
        return em.createQuery("""
                        select m.id from OutboxMail m
                        where m.nextAttemptAt <= :now
                        order by m.nextAttemptAt, m.id""", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        OutboxMail outboxMail = em.find(OutboxMail.class, id);
        if (outboxMail == null || outboxMail.getNextAttemptAt() == null) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(outboxMail.getRecipient()));
            message.setSubject(outboxMail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(outboxMail.getBody(), StandardCharsets.UTF_8.name());
            Transport.send(message);
            outboxMail.sent(clock.instant());
        } catch (MessagingException e) {
            outboxMail.failed(e.getMessage(), clock.instant());
            LOG.log(Level.WARNING, "Email " + id + " could not be sent (attempt " + outboxMail.getAttempts()
                    + (outboxMail.getNextAttemptAt() == null ? ", giving up" : ", will try again") + "): "
                    + e.getMessage());
        }
    }
}
