package org.a4ptracker.survey;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders go through a real SMTP server started in the test (GreenMail), and the message that arrives is checked. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-mail;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=false", "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "a4p.mail.from=surveys@a4p.example.org"})
class ReminderMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    SurveyService surveys;
    @Autowired
    ResponseService responses;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReminderArrivesWithANewWorkingLinkAndTheOldOneStops() throws Exception {
        CurrentUser reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Mail round", null, LocalDate.now(), LocalDate.now().plusDays(7),
                List.of(RespondentGroup.ORGANISATIONS), null));
        var links = surveys.open(reviewer, id, 0);
        var eu = links.keySet().stream().filter(s -> s.code().equals("EU")).findFirst().orElseThrow();
        String oldLink = links.get(eu);

        var reminder = reminders.remind(reviewer, id, eu.id(), "European Union", "focal@eu.example.org", "https://a4p.example.org");

        assertThat(reminder.sent()).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Reminder: Mail round closes on "
                + org.a4ptracker.shared.Formats.date(LocalDate.now().plusDays(7), java.util.Locale.ENGLISH));
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("focal@eu.example.org");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("surveys@a4p.example.org");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("Dear colleagues of European Union", "https://a4p.example.org/respond/");
        String newLink = body.substring(body.indexOf("/respond/") + 9).trim().split("\\s")[0];
        assertThat(newLink).isNotEqualTo(oldLink).hasSizeGreaterThan(40);
        assertThat(responses.byLink(newLink).stakeholderCode()).isEqualTo("EU");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responses.byLink(oldLink))
                .isInstanceOf(org.a4ptracker.shared.NotFoundException.class);
    }

    @Test
    void withoutAnAddressTheReminderIsShownToCopyAndNothingFails() {
        CurrentUser reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Copy round", null, LocalDate.now(), LocalDate.now().plusDays(7),
                List.of(RespondentGroup.SECRETARIAT), null));
        var dpo = surveys.open(reviewer, id, 0).keySet().stream().filter(s -> s.code().equals("DPO")).findFirst().orElseThrow();
        var reminder = reminders.remind(reviewer, id, dpo.id(), "DPO", " ", "https://a4p.example.org");
        assertThat(reminder.sent()).isFalse();
        assertThat(InEnglish.text(reminder.problem())).isEqualTo("no e-mail address given");
        assertThat(reminder.body()).contains("/respond/");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
