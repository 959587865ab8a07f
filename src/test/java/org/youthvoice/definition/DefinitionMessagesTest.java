package org.youthvoice.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.youthvoice.i18n.Lang;
import org.youthvoice.i18n.Localizer;
import org.youthvoice.i18n.Messages;

/** Every mistake a consultation file can hold reads in every language, with its values in place. */
@QuarkusTest
class DefinitionMessagesTest {

    @Test
    void shouldWriteEveryMistakeInEveryLanguageWithItsValues() {
        List<String> args = List.of("VALUE-A", "VALUE-B", "VALUE-C", "VALUE-D");
        for (Lang lang : Lang.values()) {
            Messages m = Localizer.messages(lang);
            for (DefinitionProblem problem : DefinitionProblem.values()) {
                String english = problem.describe(args);
                String local = problem.message(m, args);
                long expected = args.stream().filter(english::contains).count();
                long shown = args.stream().filter(local::contains).count();
                assertThat(shown).as("%s in %s keeps its %d values: %s", problem, lang, expected, local).isEqualTo(expected);
                if (lang != Lang.EN) {
                    assertThat(local).as("%s in %s", problem, lang).isNotEqualTo(problem.message(Localizer.messages(Lang.EN), args));
                }
            }
        }
    }

    @Test
    void shouldLocateTheMistakeInTheReadersLanguage() {
        DefinitionError error = new DefinitionError(DefinitionProblem.DUPLICATE_QUESTION, "surveys/x.yaml", "questions[2] 'seen'", List.of("seen"));
        assertThat(error.toString()).isEqualTo("surveys/x.yaml: questions[2] 'seen': question id 'seen' appears twice — rename one");
        assertThat(error.in(MessageBundles.get(Messages.class, Localized.Literal.of("fr"))))
                .isEqualTo("surveys/x.yaml: questions[2] 'seen': l'identifiant de question « seen » apparaît deux fois — renommez-en un");
    }
}
