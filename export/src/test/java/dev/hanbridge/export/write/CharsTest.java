package dev.hanbridge.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void keepsTheSameTextWhenEveryCharacterIsAllowed() {
        String text = "서울 시내버스 🚌 노선이\t바뀐다.\r\n\"Routes\" & <stops> \uE000\uFFFD";

        assertThat(Chars.strip(text)).isSameAs(text);
    }

    @Test
    void dropsControlCharactersLoneSurrogatesAndTheTwoNonCharacters() {
        String text = "버스\u0001 노선\u001F이 \uD83D바뀐다\uDE8C. 끝\uFFFE\uFFFF 🚌\u0000";

        assertThat(Chars.strip(text)).isEqualTo("버스 노선이 바뀐다. 끝 🚌");
    }

    @Test
    void checksEveryCodePointTheWayXmlDoes() {
        for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x11000 ? 1 : 0x1F3) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue; // not a character on its own; lone surrogates are covered above
            }
            String text = "가" + Character.toString(cp) + "나";
            boolean xml = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
            assertThat(Chars.strip(text)).as("U+%04X", cp).isEqualTo(xml ? text : "가나");
        }
    }
}
