package com.incidentreports.testsupport;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Emails the test server sent to a test's SMTP server (GreenMail), waited for as they arrive after a commit. */
public final class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Mailbox() {
    }

    /**
     * An SMTP server in this JVM for a whole test class, on the port the test server sends its emails to
     * (test.smtp.port, a bootstrap property of the test server).
     */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(
                new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** The first email to {@code address} whose subject holds {@code subjectPart}; fails after a while. */
    public static MimeMessage awaitEmail(GreenMailExtension smtp, String address, String subjectPart)
            throws MessagingException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> email = Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> sentTo(message, address) && subjectOf(message).contains(subjectPart))
                    .findFirst();
            if (email.isPresent()) {
                return email.get();
            }
            smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No email \"" + subjectPart + "\" reached " + address + " within " + PATIENCE);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
