package dev.hanbridge.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One test per trap of Korean news and blog text. Every sentence here was written for this
 * project. Every input also goes through the reassembly check of {@link Reassembly}.
 */
class KoreanSentenceSegmenterTest {

    private final KoreanSentenceSegmenter segmenter = new KoreanSentenceSegmenter();

    private List<String> split(String text) {
        List<String> segments = segmenter.split(text);
        assertThat(Reassembly.problem(text, segments)).as("reassembly of %s", text).isNull();
        return segments;
    }

    // ---- endings with and without punctuation

    @Test
    void splitsAfterFinalEndingsFollowedByPunctuation() {
        assertThat(split("물가가 크게 올랐다. 시민들은 지갑을 닫았어요. 언제까지 이럴까? 답은 아무도 모르죠."))
                .containsExactly("물가가 크게 올랐다.", "시민들은 지갑을 닫았어요.", "언제까지 이럴까?", "답은 아무도 모르죠.");
    }

    @Test
    void splitsAfterFinalEndingsWithoutPunctuation() {
        assertThat(split("어제 시장에 다녀왔어요 사과가 아주 싸더라고요 다음 주에 또 갈까 생각 중이죠 올해 사과는 정말 달다 "))
                .containsExactly("어제 시장에 다녀왔어요", "사과가 아주 싸더라고요", "다음 주에 또 갈까 생각 중이죠", "올해 사과는 정말 달다");
    }

    @Test
    void splitsTerseNominalEndingsOfNotes() {
        assertThat(split("회의 장소 변경됨 참석 인원 모두 확인했음 자료 제출은 금요일까지 완료함 다음 회의는 월요일임"))
                .containsExactly("회의 장소 변경됨", "참석 인원 모두 확인했음", "자료 제출은 금요일까지 완료함", "다음 회의는 월요일임");
    }

    @Test
    void splitsTerseNominalEndingsFollowedByPunctuation() {
        assertThat(split("점검 완료함. 이상 없음! 다음 점검은 3월 예정임. 담당자 확인됨."))
                .containsExactly("점검 완료함.", "이상 없음!", "다음 점검은 3월 예정임.", "담당자 확인됨.");
    }

    @Test
    void keepsNounsThatLookLikeEndingsInsideTheSentence() {
        // 보다 (than), 필요 (need), 마음 (mind), 포함 (including), 게임 (game), 그러니까 (because)
        assertThat(split("예상보다 필요 인력이 많았다. 마음 같아서는 세금 포함 가격을 낮추고 싶다. 그러니까 게임 산업이 문제다."))
                .containsExactly("예상보다 필요 인력이 많았다.", "마음 같아서는 세금 포함 가격을 낮추고 싶다.", "그러니까 게임 산업이 문제다.");
    }

    @Test
    void keepsConnectiveDaBeforeTheVerbItLeadsInto() {
        assertThat(split("계속 걷다 보면 길이 나온다 참다 못해 한마디 했다 재밌겠다 싶어 따라갔다"))
                .containsExactly("계속 걷다 보면 길이 나온다", "참다 못해 한마디 했다", "재밌겠다 싶어 따라갔다");
    }

    @Test
    void readsTheCopulaAfterAVowelAsAnEndInUnpunctuatedText() {
        assertThat(split("오늘 점심은 김치찌개다 역시 한국인은 밥심이다 선물을 가져다 주었다 모두 고마워했다"))
                .containsExactly("오늘 점심은 김치찌개다", "역시 한국인은 밥심이다", "선물을 가져다 주었다", "모두 고마워했다");
    }

    @Test
    void splitsAtAFullStopWithNoSpaceAfterIt() {
        assertThat(split("올해 예산은 동결됐다.그런데 내년은 다르다."))
                .containsExactly("올해 예산은 동결됐다.", "그런데 내년은 다르다.");
    }

    // ---- quotes

    @Test
    void keepsQuotedSpeechTogetherWhenTheQuoteClosesBeforeTheParticle() {
        assertThat(split("장관은 “협상은 끝났다. 이제는 실행이다”라며 “국회도 협조해 달라”고 말했다. 야당은 반발했다."))
                .containsExactly("장관은 “협상은 끝났다. 이제는 실행이다”라며 “국회도 협조해 달라”고 말했다.", "야당은 반발했다.");
    }

    @Test
    void doesNotEndTheSentenceAtAnEndingInsideAQuoteFollowedByMyeo() {
        assertThat(split("그는 “모든 책임은 내게 있다”며 자리에서 물러났다."))
                .containsExactly("그는 “모든 책임은 내게 있다”며 자리에서 물러났다.");
    }

    @Test
    void endsTheSentenceAfterTheQuoteWhenTheFullStopIsInsideIt() {
        assertThat(split("조합장은 “이번 합의는 시작일 뿐이다.” 조합원들은 박수를 쳤다."))
                .containsExactly("조합장은 “이번 합의는 시작일 뿐이다.”", "조합원들은 박수를 쳤다.");
    }

    @Test
    void keepsQuotedSpeechFollowedByRagoGoAndMyeo() {
        assertThat(split("“조금만 더 기다려 달라.”라고 호소했다. ‘괜찮다’고 답했다. \"곧 끝난다\"며 웃었다."))
                .containsExactly("“조금만 더 기다려 달라.”라고 호소했다.", "‘괜찮다’고 답했다.", "\"곧 끝난다\"며 웃었다.");
    }

    @Test
    void keepsAQuestionThatIsQuotedByHagoInItsSentence() {
        assertThat(split("처음 보는 화면에 이게 뭐지? 하고 한참 들여다봤다. 결국 설명서를 찾았다."))
                .containsExactly("처음 보는 화면에 이게 뭐지? 하고 한참 들여다봤다.", "결국 설명서를 찾았다.");
    }

    @Test
    void startsANewSentenceWithHaneunAfterAPlainFullStop() {
        assertThat(split("버스가 끊겼다. 하는 수 없이 걸어서 돌아갔다."))
                .containsExactly("버스가 끊겼다.", "하는 수 없이 걸어서 돌아갔다.");
    }

    @Test
    void keepsAQuotedTitleInsideItsSentence() {
        assertThat(split("영화 ‘살아있다’ 개봉 이후 관객이 늘었다. 책 ‘어떻게 살 것인가?’ 를 읽었다."))
                .containsExactly("영화 ‘살아있다’ 개봉 이후 관객이 늘었다.", "책 ‘어떻게 살 것인가?’ 를 읽었다.");
    }

    @Test
    void endsAQuotedSentenceWithoutFullStopThatOpensTheSegment() {
        assertThat(split("“이제 끝났다” 그는 짧게 말했다."))
                .containsExactly("“이제 끝났다”", "그는 짧게 말했다.");
    }

    // ---- brackets

    @Test
    void keepsNestedBracketsAndParenthesesTogether() {
        assertThat(split("위원회는 보고서(부록 「조사 방법(2차 개정). 표 3」 참조)를 냈다. 결론은 같았다."))
                .containsExactly("위원회는 보고서(부록 「조사 방법(2차 개정). 표 3」 참조)를 냈다.", "결론은 같았다.");
    }

    @Test
    void keepsLocalTimeNoteInsideTheSentence() {
        assertThat(split("백악관은 21일(현지시간) 성명을 냈다. 성명은 짧았다."))
                .containsExactly("백악관은 21일(현지시간) 성명을 냈다.", "성명은 짧았다.");
    }

    @Test
    void treatsAParenthesisedSentenceAsItsOwnSegment() {
        assertThat(split("오늘은 여기까지 쓰겠다. (사실 쓸 말이 더 없었다.) 내일 이어서 쓴다."))
                .containsExactly("오늘은 여기까지 쓰겠다.", "(사실 쓸 말이 더 없었다.)", "내일 이어서 쓴다.");
    }

    @Test
    void attachesAParentheticalRemarkToTheSentenceBeforeIt() {
        assertThat(split("의견은 토론 문서에 남겨 주세요. (2025년 4월) 이 문단은 다듬어야 합니다."))
                .containsExactly("의견은 토론 문서에 남겨 주세요. (2025년 4월)", "이 문단은 다듬어야 합니다.");
    }

    // ---- numbers, abbreviations, addresses

    @Test
    void doesNotSplitDecimalsPercentagesAndVersions() {
        assertThat(split("지지율은 87.3%로 집계됐다. 새 앱 v2.1은 3.5배 빨라졌다. 2025. 3. 1. 시행된다."))
                .containsExactly("지지율은 87.3%로 집계됐다.", "새 앱 v2.1은 3.5배 빨라졌다.", "2025. 3. 1. 시행된다.");
    }

    @Test
    void doesNotSplitAbbreviationsAndInitials() {
        assertThat(split("U.S. 재무부는 제재를 발표했다. J.P. 모건은 전망을 낮췄다. Mr. Park은 말을 아꼈다."))
                .containsExactly("U.S. 재무부는 제재를 발표했다.", "J.P. 모건은 전망을 낮췄다.", "Mr. Park은 말을 아꼈다.");
    }

    @Test
    void keepsBylineWithEmailAddressAsOneSegment() {
        assertThat(split("공연은 이달 말까지 이어진다. 김서연 기자 ksy@example.com"))
                .containsExactly("공연은 이달 말까지 이어진다.", "김서연 기자 ksy@example.com");
        assertThat(split("김서연 기자 ksy@example.com")).containsExactly("김서연 기자 ksy@example.com");
    }

    @Test
    void keepsCitationMarksWithTheSentenceTheyFollow() {
        assertThat(split("이 지역은 18세기에 개척되었다.[12] 인구는 꾸준히 늘었다.[주 3]"))
                .containsExactly("이 지역은 18세기에 개척되었다.[12]", "인구는 꾸준히 늘었다.[주 3]");
    }

    // ---- ellipses, !?, emoticons

    @Test
    void splitsAfterEllipsisThatEndsAPredicateButNotAfterATrailingConjunction() {
        assertThat(split("아무도 대답하지 않았다... 그런데... 문이 열렸다… 모두 놀랐다."))
                .containsExactly("아무도 대답하지 않았다...", "그런데... 문이 열렸다…", "모두 놀랐다.");
    }

    @Test
    void splitsAtExclamationAndQuestionMarksIncludingRuns() {
        assertThat(split("정말 이겼다!? 믿기지 않는다!! 누가 예상했을까?? 아무도 없었다."))
                .containsExactly("정말 이겼다!?", "믿기지 않는다!!", "누가 예상했을까??", "아무도 없었다.");
    }

    @Test
    void keepsLaughterAndEmoticonsWithTheirSentence() {
        assertThat(split("떡볶이가 너무 매웠어요ㅋㅋ 그래도 다 먹었답니다 ㅎㅎ 다음엔 순한 맛으로 먹을래요^^ 또 갈게요 😊"))
                .containsExactly("떡볶이가 너무 매웠어요ㅋㅋ", "그래도 다 먹었답니다 ㅎㅎ", "다음엔 순한 맛으로 먹을래요^^", "또 갈게요 😊");
    }

    @Test
    void keepsFriendlyTildeAfterAnEndingButNotInARange() {
        assertThat(split("주말에 놀러 오세요~ 기온은 10~15도예요~ 서울~부산 구간은 막혀요."))
                .containsExactly("주말에 놀러 오세요~", "기온은 10~15도예요~", "서울~부산 구간은 막혀요.");
    }

    // ---- news furniture

    @Test
    void keepsOutletTagsAtTheStartOfTheLeadWithTheirSentence() {
        assertThat(split("(서울=한빛뉴스) 김서연 기자 = 정부가 내년 예산안을 확정했다. 총액은 줄었다."))
                .containsExactly("(서울=한빛뉴스) 김서연 기자 = 정부가 내년 예산안을 확정했다.", "총액은 줄었다.");
        assertThat(split("[한빛일보] 한국은행이 기준금리를 동결했다."))
                .containsExactly("[한빛일보] 한국은행이 기준금리를 동결했다.");
    }

    @Test
    void makesAPhotoCreditASegmentOfItsOwn() {
        assertThat(split("시민들이 분수대 앞에서 더위를 식히고 있다. [사진=한빛뉴스]"))
                .containsExactly("시민들이 분수대 앞에서 더위를 식히고 있다.", "[사진=한빛뉴스]");
        assertThat(split("[사진=한빛뉴스] 시민들이 분수대 앞에서 더위를 식히고 있다."))
                .containsExactly("[사진=한빛뉴스]", "시민들이 분수대 앞에서 더위를 식히고 있다.");        assertThat(split("(사진=한빛뉴스 DB) 지난해 열린 축제 모습."))
                .containsExactly("(사진=한빛뉴스 DB)", "지난해 열린 축제 모습.");
    }

    @Test
    void doesNotEndASentenceAtTheNumbersOfAnInlineList() {
        assertThat(split("목차는 1. 개요 2. 역사 3. 현황 순이다. 본문은 길다."))
                .containsExactly("목차는 1. 개요 2. 역사 3. 현황 순이다.", "본문은 길다.");
    }

    @Test
    void keepsAHeadlineDeckOnOneLineAsOneSegment() {
        // Rule (see KoreanSentenceSegmenter): a deck written with single spaces is not guessed apart.
        assertThat(split("반도체 수출 석 달 연속 증가 美·中 갈등에도 선방"))
                .containsExactly("반도체 수출 석 달 연속 증가 美·中 갈등에도 선방");
    }

    @Test
    void keepsAHeadlineWithANameEndingInDaWhole() {
        assertThat(split("아사다 마오 은퇴 선언 팬들 아쉬움"))
                .containsExactly("아사다 마오 은퇴 선언 팬들 아쉬움");
    }

    @Test
    void splitsAHeadlineDeckAtLineBreaksTabsAndDoubleSpaces() {
        assertThat(split("반도체 수출 석 달 연속 증가\n美·中 갈등에도 선방"))
                .containsExactly("반도체 수출 석 달 연속 증가", "美·中 갈등에도 선방");
        assertThat(split("반도체 수출 석 달 연속 증가  美·中 갈등에도 선방\t환율은 변수"))
                .containsExactly("반도체 수출 석 달 연속 증가", "美·中 갈등에도 선방", "환율은 변수");
    }

    // ---- the writer's style

    @Test
    void trustsOnlyCarefulEndingsInPunctuatedProse() {
        // In a block that ends its sentences with full stops, 기시다 (a name), 가져다 (connective) and
        // 상큼함 (a noun) before a space are not sentence ends.
        assertThat(split("일본의 기시다 총리가 방한했다. 그는 선물을 가져다 주었다. 맛은 상큼함 그 자체였다."))
                .containsExactly("일본의 기시다 총리가 방한했다.", "그는 선물을 가져다 주었다.", "맛은 상큼함 그 자체였다.");
    }

    @Test
    void endsASentenceAtLaughterOrAnEmojiBeforeASpace() {
        assertThat(split("오늘의 메뉴는 가오리살ㅎㅎ 씹는 맛이 좋아요 디저트는 딸기빙수😋 양도 많았어요"))
                .containsExactly("오늘의 메뉴는 가오리살ㅎㅎ", "씹는 맛이 좋아요", "디저트는 딸기빙수😋", "양도 많았어요");
    }

    @Test
    void splitsAfterAFinalEndingWhoseFullStopIsGluedToADigit() {
        assertThat(split("작년에는 값이 올랐다.3월에는 다시 내렸다."))
                .containsExactly("작년에는 값이 올랐다.", "3월에는 다시 내렸다.");
    }

    @Test
    void keepsARemarkInParenthesesWithTheUnpunctuatedSentenceBeforeIt() {
        assertThat(split("아침에 너무 일찍 일어나 버렸음 (출근은 10시) 할 일이 없어서 산책을 나갔음"))
                .containsExactly("아침에 너무 일찍 일어나 버렸음 (출근은 10시)", "할 일이 없어서 산책을 나갔음");
    }

    @Test
    void keepsAWordSpelledOutWithDotsTogether() {
        assertThat(split("무대에서 반.전.매.력 보여줌 다음 무대도 기대됨"))
                .containsExactly("무대에서 반.전.매.력 보여줌", "다음 무대도 기대됨");
    }

    @Test
    void keepsAnEllipsisGluedToTheNextWordInsideTheSentence() {
        assertThat(split("빵이랑 치즈...누가 먹어 봤어요? 후기 부탁해요"))
                .containsExactly("빵이랑 치즈...누가 먹어 봤어요?", "후기 부탁해요");
    }

    @Test
    void keepsGoAndComeBackTogetherAndEndsAtItsNominal() {
        assertThat(split("아침 일찍 운동 갔다 옴 다리가 후들후들 ㅋㅋ 내일은 쉬어야겠다"))
                .containsExactly("아침 일찍 운동 갔다 옴", "다리가 후들후들 ㅋㅋ", "내일은 쉬어야겠다");
    }

    @Test
    void endsAtHamStandingAloneAfterGe() {
        assertThat(split("국물이 더 맛있어 보이게 함 라면도 두 개나 먹음"))
                .containsExactly("국물이 더 맛있어 보이게 함", "라면도 두 개나 먹음");
    }

    // ---- whitespace

    @Test
    void treatsNbspAndFullWidthSpacesAsWhitespace() {
        assertThat(split("\u00A0비가 그쳤다.\u00A0\u00A0바람이 분다.\u3000곧 맑아진다.\u3000"))
                .containsExactly("비가 그쳤다.", "바람이 분다.", "곧 맑아진다.");
    }

    @Test
    void splitsDecomposedHangulByItsSyllablesAndReturnsItUnchanged() {
        String composed = "오늘은 비가 왔다 내일은 맑음 모레는 흐림";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        List<String> segments = split(decomposed);
        assertThat(segments).hasSize(3);
        assertThat(segments).allMatch(s -> java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFD));
        assertThat(segments.stream().map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)))
                .containsExactly("오늘은 비가 왔다", "내일은 맑음", "모레는 흐림");
    }

    @Test
    void returnsNothingForBlankInput() {
        assertThat(segmenter.split("")).isEmpty();
        assertThat(segmenter.split(" \u00A0\u3000\n\t")).isEmpty();
        assertThat(segmenter.split(null)).isEmpty();
    }

    @Test
    void staysLinearOnLongTextsWithoutBoundaries() {
        // Regression guard: an extracted table or a run-on page can be one huge block. Each piece
        // below once made a rule look back to the start of the segment.
        String[] pieces = {"(가", "가나다라마바사아자차카타파하", "가~", "정보(참고) ", "“인용", "했다"};
        for (String piece : pieces) {
            String text = piece.repeat(400_000 / piece.length());
            long start = System.nanoTime();
            List<String> segments = segmenter.split(text);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(Reassembly.problem(text, segments)).isNull();
            assertThat(millis).as("split of 400k chars of %s", piece).isLessThan(5_000);
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "물가가 올랐다. 시민들은 지갑을 닫았다. “언제까지 이럴까?”라는 말이 나온다.";
        List<String> expected = segmenter.split(text);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    if (!segmenter.split(text).equals(expected)) {
                        failures.add(new AssertionError("different result on iteration " + i));
                        return;
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(expected).hasSize(3);
    }
}
