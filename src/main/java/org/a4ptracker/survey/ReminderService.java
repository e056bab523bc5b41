package org.a4ptracker.survey;

import java.util.Optional;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Text;
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
    public record Reminder(String to, String subject, String body, boolean sent, Text problem) implements java.io.Serializable {
    }

    private final SurveyService surveys;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Messages messages;

    ReminderService(SurveyService surveys, ObjectProvider<JavaMailSender> mail, Messages messages,
                    @Value("${a4p.mail.from:a4p-tracker@localhost}") String from) {
        this.surveys = surveys;
        this.mail = mail;
        this.from = from;
        this.messages = messages;
    }

    public Reminder remind(CurrentUser reviewer, long roundId, long stakeholderId, String stakeholderName, String to, String baseUrl) {
        Round round = surveys.round(roundId);
        String token = surveys.newLink(reviewer, roundId, stakeholderId, true);
        // in the reviewer's language: the one in which they read the text before it goes out
        String subject = messages.text(Text.of("survey.reminder.subject", round.title(), round.closesOn()));
        String body = messages.text(Text.of("survey.reminder.body", stakeholderName, round.title(), round.closesOn(),
                baseUrl + "/respond/" + token));
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || to == null || to.isBlank()) {
            return new Reminder(to, subject, body, false,
                    Text.of(sender == null ? "survey.reminder.no-smtp" : "survey.reminder.no-address"));
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
            return new Reminder(to, subject, body, false, Text.of("survey.reminder.failed",
                    Optional.ofNullable(e.getMessage()).orElse("")));
        }
    }
}
