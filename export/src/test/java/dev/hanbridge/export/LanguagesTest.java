package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void writesTagsInTheirCanonicalCase() {
        assertThat(Languages.canonical("en-us")).isEqualTo("en-US");
        assertThat(Languages.canonical(" KO_kr ")).isEqualTo("ko-KR");
        assertThat(Languages.canonical("en")).isEqualTo("en");
    }

    @Test
    void refusesWhatIsNotALanguageTag() {
        assertThatIllegalArgumentException().isThrownBy(() -> Languages.canonical("english please"))
                .withMessageContaining("'english please' is not a language tag").withMessageContaining("en-US");
        assertThatIllegalArgumentException().isThrownBy(() -> Languages.canonical(""));
    }
}
