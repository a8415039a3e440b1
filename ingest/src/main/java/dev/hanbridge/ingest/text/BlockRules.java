package dev.hanbridge.ingest.text;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Korean news marks the parts of an article that are not running text: bylines
 * ({@code 김서연 기자}, {@code 김서연 기자 kim@example.com}), photo credits ({@code [사진=한빛일보]},
 * {@code 사진=연합뉴스}), outlet datelines ({@code (서울=한빛뉴스)}, {@code [한빛일보]}), copyright lines,
 * and captions ({@code ▲ ...}, or a sentence ending in a photo credit).
 */
public final class BlockRules {

    private static final String NAME = "[가-힣]{2,4}";
    private static final String ROLE = "(?:기자|특파원|선임기자|전문기자|객원기자|수습기자|인턴기자|대기자|논설위원|논설실장|편집위원|"
            + "통신원|기상캐스터|앵커|칼럼니스트|에디터)";
    private static final String EMAIL = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
    private static final String NAMES = NAME + "(?:\\s?[·,ㆍ]\\s?" + NAME + ")*";
    /** {@code 홍길동 기자}, {@code 홍길동·김철수 기자}, {@code 홍길동 기자·김철수 기자}. */
    private static final String REPORTERS = NAMES + "\\s?" + ROLE + "(?:\\s?[·,ㆍ]\\s?" + NAMES + "\\s?" + ROLE + ")*";

    private static final Pattern BYLINE = Pattern.compile("^/?\\s?[\\[(]?(?:기자명\\s?)?(?:[가-힣A-Za-z]{1,10}=\\s?)?"
            + "(?:글·사진=\\s?|글=\\s?)?" + REPORTERS + "(?:\\s*[|/·]?\\s*[(<\\[]?" + EMAIL + "[)>\\]]?)?[\\])]?$");
    /** {@code [아이뉴스24 홍길동 기자]}: outlet and reporter in one bracket, as IT outlets open their leads. */
    private static final Pattern OUTLET_BYLINE = Pattern.compile("^\\[[가-힣A-Za-z0-9·]{2,15}\\s+" + REPORTERS + "\\]$");
    private static final Pattern EMAIL_ONLY = Pattern.compile("^[(<\\[]?" + EMAIL + "[)>\\]]?$");

    private static final String CREDIT_WORD = "(?:사진\\s?제공|사진|그래픽|자료|영상|출처|제공|자료사진|사진·영상|일러스트)";
    /** {@code [한빛뉴스 자료사진]}, {@code [한빛시 제공]}, {@code [독자 제공. 재판매 및 DB 금지]}: who supplied the photo. */
    private static final String SOURCE_CREDIT = "\\[[^\\[\\]]{1,30}\\s(?:자료사진|제공|사진)(?:[.,]\\s?[^\\[\\]]{0,30})?\\]";
    private static final Pattern CREDIT_BRACKETED = Pattern.compile(
            "^[\\[(]\\s*" + CREDIT_WORD + "\\s*[=:/]?\\s*[^\\])]{1,40}[\\])]$");
    private static final Pattern CREDIT_BARE = Pattern.compile("^/?\\s?" + CREDIT_WORD + "\\s*[=:]\\s*\\S.{0,40}$");
    /** {@code (서울=한빛뉴스)}, {@code [서울=뉴시스]}: place = outlet. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\([가-힣A-Za-z ]{1,12}=[^)=]{1,20}\\)|\\[[가-힣A-Za-z ]{1,12}=[^\\]=]{1,20}\\])$");
    private static final Pattern SOURCE_CREDIT_ALONE = Pattern.compile("^" + SOURCE_CREDIT + "$");
    /** {@code [AP=한빛뉴스]}, {@code [로이터=한빛뉴스]}: a foreign agency's photo through a Korean one. */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "^\\[(?:[A-Z]{2,6}|로이터|신화|교도|타스|게티이미지|게티이미지뱅크)=[^\\]=]{1,20}\\]$");
    private static final Pattern OUTLET_TAG = Pattern.compile("^\\[([가-힣A-Za-z0-9 ]{2,20})\\]$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^[<\\[(]?\\s*(?:ⓒ|©|\\(c\\)|Copyright|저작권자|무단\\s?전재).*", Pattern.CASE_INSENSITIVE);
    /** Bracketed words that label an article, not an outlet. */
    private static final Set<String> LABELS = Set.of("속보", "단독", "종합", "인터뷰", "사설", "칼럼", "포토", "영상",
            "르포", "기획", "해설", "팩트체크", "특집", "시론", "기고", "오피니언", "리뷰", "공지");

    /**
     * A paragraph that opens with a dateline, an outlet tag or an outlet-and-reporter bracket, maybe
     * followed by a byline and {@code =}: {@code (서울=한빛뉴스) 김서연 기자 = 본문}; the body may be
     * empty when the byline stands on its own line ({@code [서울=뉴시스] 홍길동 기자 =}).
     */
    private static final Pattern LEAD = Pattern.compile("^(?<tag>\\([가-힣A-Za-z ]{1,12}=[^)]{1,20}\\)"
            + "|\\[[가-힣A-Za-z ]{1,12}=[^\\]]{1,20}\\]|\\[[가-힣A-Za-z0-9·]{2,15}\\s+" + REPORTERS + "\\]"
            + "|\\[[가-힣A-Za-z0-9 ]{2,20}\\]|\\[\\s*" + CREDIT_WORD + "\\s*[=:/]?\\s*[^\\]]{1,40}\\])"
            + "\\s*(?:(?<byline>" + REPORTERS + ")\\s*=)?\\s*(?<rest>.*)$");
    private static final Pattern BYLINE_LEAD = Pattern.compile("^(?<byline>" + REPORTERS + ")\\s*=\\s*(?<rest>.*)$");
    /**
     * A caption ending in its photo credit: {@code [사진=…]}, {@code (사진=…)}, {@code /사진=…}, {@code ⓒ…},
     * an agency's {@code [AP=한빛뉴스]}, {@code [한빛뉴스 자료사진]} or {@code [한빛시 제공]} (after a
     * sentence also unbracketed: {@code 조감도. 한빛시 제공}), or the wire photographer's date and
     * e-mail ({@code 2025.03.12. mj@example.com}).
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile("^(?<caption>.+?)\\s*(?<credit>"
            + "[\\[(]\\s*" + CREDIT_WORD + "\\s*[=:/]\\s*[^\\])]{1,40}[\\])]"
            + "|" + SOURCE_CREDIT
            + "|\\[[가-힣A-Za-z ]{1,12}=[^\\]=]{1,20}\\]"
            + "|/\\s?" + CREDIT_WORD + "\\s*=\\s*[^/=]{1,40}"
            + "|(?:ⓒ|©)\\s?[^ⓒ©.]{1,30}"
            + "|(?:19|20)\\d{2}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s+" + EMAIL
            + "|(?<=\\.\\s{0,2})[가-힣A-Za-z0-9·]{2,15}\\s(?:제공|자료사진))$");
    private static final Pattern CAPTION_MARK = Pattern.compile("^[▲△▶]\\s*.+");
    private static final Pattern HEADING_MARK = Pattern.compile("^(?:[■◆◇▣●□]\\s*|<[^>]{1,30}>$).*");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-•·*▷ㆍ]|\\d{1,2}[.)])\\s+.+");
    /** Punctuation only: a headline may end in 다 ("공장 들어선다"), running text ends with a period. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?。…][\"”’')\\]」』]*$");
    /** A sentence ending even without its period: {@code …밝혔다}, {@code …말했다”}. */
    private static final Pattern LOOSE_SENTENCE_END = Pattern.compile(".*(?:[.!?。…]|[다요죠])[\"”’')\\]」』]*$");

    private BlockRules() {
    }

    public static boolean isByline(String text) {
        return text.length() <= 80 && (BYLINE.matcher(text).matches() || OUTLET_BYLINE.matcher(text).matches()
                || EMAIL_ONLY.matcher(text).matches());
    }

    public static boolean isCredit(String text) {
        if (text.length() > 120) {
            return false;
        }
        if (CREDIT_BRACKETED.matcher(text).matches() || CREDIT_BARE.matcher(text).matches()
                || DATELINE.matcher(text).matches() || COPYRIGHT.matcher(text).matches()
                || SOURCE_CREDIT_ALONE.matcher(text).matches()) {
            return true;
        }
        Matcher tag = OUTLET_TAG.matcher(text);
        return tag.matches() && !LABELS.contains(tag.group(1).trim());
    }

    /** A photo's credit standing alone: {@code [사진=…]}, {@code 사진=…}, {@code [한빛뉴스 자료사진]}, {@code [AP=한빛뉴스]}. */
    public static boolean isPhotoCredit(String text) {
        return text.length() <= 60 && (CREDIT_BRACKETED.matcher(text).matches() || CREDIT_BARE.matcher(text).matches()
                || SOURCE_CREDIT_ALONE.matcher(text).matches() || AGENCY_CREDIT.matcher(text).matches());
    }

    /** A page's printed time stamp ({@code 입력 2025.06.02 10:15 | 수정 ...}): metadata, not article text. */
    public static boolean isTimeStamp(String text) {
        return PrintedTime.isTimeStamp(text);
    }

    /** Ends like a sentence: period, question or exclamation mark, ellipsis, maybe a closing quote after them. */
    public static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).matches();
    }

    /**
     * Ends like a sentence, or like one whose period was left off ({@code …밝혔다}): where a line of
     * running text cannot have been cut by wrapping.
     */
    public static boolean endsSentenceLoosely(String text) {
        return LOOSE_SENTENCE_END.matcher(text).matches();
    }

    /** Short, without a sentence end: how titles, headline decks and subheads look. */
    public static boolean looksLikeHeadline(String text) {
        return text.length() <= 100 && !endsSentence(text) && !isByline(text) && !isCredit(text);
    }

    /** A line that is never part of a wrapped paragraph: a byline, credit, time stamp, caption, subhead or list item. */
    public static boolean standsAlone(String text) {
        return isByline(text) || isCredit(text) || isTimeStamp(text) || CAPTION_MARK.matcher(text).matches()
                || HEADING_MARK.matcher(text).matches() || LIST_MARK.matcher(text).matches()
                || TRAILING_CREDIT.matcher(text).matches() && text.length() <= 240;
    }

    /** Opens with a dateline, outlet tag or byline lead ({@code [한빛일보] 본문}): the start of a paragraph. */
    public static boolean opensWithLead(String text) {
        Matcher lead = LEAD.matcher(text);
        return lead.matches() && (isCredit(lead.group("tag")) || isByline(lead.group("tag")))
                || BYLINE_LEAD.matcher(text).matches();
    }

    /**
     * Types one paragraph of running text, splitting off what news writing glues to it: a leading
     * dateline, outlet tag and byline become CREDIT and BYLINE, a leading photo credit makes the rest
     * a CAPTION, a trailing photo credit after a caption becomes CAPTION and CREDIT.
     */
    public static List<Block> classify(String text) {
        List<Block> blocks = new ArrayList<>(3);
        if (text.isEmpty()) {
            return blocks;
        }
        if (isByline(text)) {
            blocks.add(new Block(BlockKind.BYLINE, text));
            return blocks;
        }
        if (isCredit(text)) {
            blocks.add(new Block(BlockKind.CREDIT, text));
            return blocks;
        }
        Matcher lead = LEAD.matcher(text);
        if (lead.matches()) {
            String tag = lead.group("tag");
            boolean bylineTag = isByline(tag);
            if (bylineTag || isCredit(tag)) {
                blocks.add(new Block(bylineTag ? BlockKind.BYLINE : BlockKind.CREDIT, tag));
                if (lead.group("byline") != null) {
                    blocks.add(new Block(BlockKind.BYLINE, lead.group("byline")));
                }
                String rest = lead.group("rest").trim();
                if (CREDIT_BRACKETED.matcher(tag).matches()) {
                    for (Block b : classify(rest)) {
                        blocks.add(b.kind() == BlockKind.PARAGRAPH ? new Block(BlockKind.CAPTION, b.text()) : b);
                    }
                } else {
                    blocks.addAll(classify(rest));
                }
                return blocks;
            }
        }
        Matcher bylineLead = BYLINE_LEAD.matcher(text);
        if (bylineLead.matches()) {
            blocks.add(new Block(BlockKind.BYLINE, bylineLead.group("byline")));
            blocks.addAll(classify(bylineLead.group("rest").trim()));
            return blocks;
        }
        Matcher caption = TRAILING_CREDIT.matcher(text);
        if (caption.matches() && caption.group("caption").length() <= 200 && !isCopyrightNotice(caption.group("credit"))) {
            blocks.add(new Block(BlockKind.CAPTION, caption.group("caption")));
            blocks.add(new Block(BlockKind.CREDIT, caption.group("credit")));
            return blocks;
        }
        if (CAPTION_MARK.matcher(text).matches()) {
            blocks.add(new Block(BlockKind.CAPTION, text));
        } else if (HEADING_MARK.matcher(text).matches() && text.length() <= 60 && !endsSentence(text)) {
            blocks.add(new Block(BlockKind.HEADING, text));
        } else if (LIST_MARK.matcher(text).matches()) {
            blocks.add(new Block(BlockKind.LIST_ITEM, text));
        } else {
            blocks.add(new Block(BlockKind.PARAGRAPH, text));
        }
        return blocks;
    }

    /** {@code ⓒ 한빛일보, 무단 전재…} after a sentence is the page's copyright line run into it, not a photo credit. */
    private static boolean isCopyrightNotice(String credit) {
        return credit.contains("무단") || credit.contains("재배포") || credit.contains("저작권");
    }
}
