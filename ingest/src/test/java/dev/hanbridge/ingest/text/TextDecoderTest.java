package dev.hanbridge.ingest.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private static final Charset CP949 = Charset.forName("x-windows-949");

    @Test
    void decodesUtf8() throws Exception {
        assertThat(TextDecoder.decode("한글 본문".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new DecodedText("한글 본문", "UTF-8"));
    }

    @Test
    void stripsTheUtf8ByteOrderMark() throws Exception {
        byte[] body = "기사".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("기사");
    }

    @Test
    void decodesShortUndeclaredCp949WithTheSuperset() throws Exception {
        // 똠 and 뷁 exist only in CP949's extension, not in EUC-KR's 2,350 syllables: getting them
        // back proves the decoder used x-windows-949 rather than EUC-KR.
        byte[] bytes = "똠양꿍을 먹다가 뷁 소리를 냈다".getBytes(CP949);

        assertThat(TextDecoder.decode(bytes)).isEqualTo(new DecodedText("똠양꿍을 먹다가 뷁 소리를 냈다", "x-windows-949"));
    }

    @Test
    void declaredEucKrIsReadAsCp949() throws Exception {
        byte[] bytes = "<html><head><meta charset=\"euc-kr\"><title>똠</title></head></html>".getBytes(CP949);

        assertThat(TextDecoder.decode(bytes).text()).contains("<title>똠</title>");
    }

    @Test
    void declaredLatin1OverEucKrBytesIsOverruled() throws Exception {
        // Old Korean sites declare ISO-8859-1 over EUC-KR bytes.
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>날씨가 맑다</body></html>";

        assertThat(TextDecoder.decode(page.getBytes("EUC-KR")).text()).contains("날씨가 맑다");
    }

    @Test
    void windows1252TextIsNotMistakenForKorean() throws Exception {
        // Each of 0x93 'H', 0x94 'W', 0x96 'a' is a valid CP949 pair (an extension syllable), so the
        // strict CP949 decode succeeds: only the share of extension-only syllables tells.
        String text = "The mayor said \u201cHello\u201dWorld to the visitors \u2013again and again, in the old town.";
        byte[] bytes = text.getBytes("windows-1252");

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo(text);
    }

    @Test
    void decodesIso2022Kr() throws Exception {
        byte[] bytes = "한국어 문장".getBytes("ISO-2022-KR");

        assertThat(TextDecoder.decode(bytes)).isEqualTo(new DecodedText("한국어 문장", "ISO-2022-KR"));
    }

    @Test
    void binaryIsNotText() {
        byte[] bytes = {0x50, 0x4B, 0x00, 0x01, 0x02, 0x03};

        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(NotTextException.class)
                .hasMessageStartingWith("not text: binary content");
    }

    @Test
    void damagedUtf8SaysWhere() {
        byte[] good = "가나다라마바사".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;

        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(NotTextException.class)
                .hasMessageStartingWith("not text: invalid UTF-8 at byte " + good.length);
    }
}
