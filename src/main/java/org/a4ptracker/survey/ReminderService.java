package org.a4ptracker.survey;

import java.util.Optional;

import org.a4ptracker.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Reminders to stakeholders that have not answered: a new link in a ready-to-send text. With SMTP
 * configured (spring.mail.host) the message is sent; without it, or if sending fails, the text is
 * shown to copy: a reminder never fails for want of a mail server.
 */
@Service
public class ReminderService {

    /** The reminder as written, and whether it went out by e-mail. */
    public record Reminder(String to, String subject, String body, boolean sent, String problem) implements java.io.Serializable {
    }

    private final SurveyService surveys;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    ReminderService(SurveyService surveys, ObjectProvider<JavaMailSender> mail,
                    @Value("${a4p.mail.from:a4p-tracker@localhost}") String from) {
        this.surveys = surveys;
        this.mail = mail;
        this.from = from;
    }

    public Reminder remind(CurrentUser reviewer, long roundId, long stakeholderId, String stakeholderName, String to, String baseUrl) {
        Round round = surveys.round(roundId);
        String token = surveys.newLink(reviewer, roundId, stakeholderId, true);
        String subject = "Reminder: " + round.title() + " closes on " + round.closesOn();
        String body = """
                Dear colleagues of %s,

                The survey "%s" is waiting for your answers until %s.
                Your personal link (it replaces any earlier one, and works until you submit):
                %s/respond/%s

                You can save and continue later. Thank you.
                """.formatted(stakeholderName, round.title(), round.closesOn(), baseUrl, token);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return new Reminder(to, subject, body, false, sender == null ? "no SMTP server is configured" : "no e-mail address given");
        }
        try {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to.trim());
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
            return new Reminder(to, subject, body, true, null);
        } catch (MailException e) {
            return new Reminder(to, subject, body, false, Optional.ofNullable(e.getMessage()).orElse("sending failed"));
        }
    }
}
