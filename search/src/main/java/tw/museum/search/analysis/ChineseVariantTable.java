package tw.museum.search.analysis;

import java.util.Map;

/**
 * Common pairs of variant characters that Traditional Chinese writers use interchangeably (台/臺, 峯/峰...).
 * Each maps a variant to the form used in Taiwan's standard; searching either finds both.
 * Simplified forms are handled separately by {@link SimplifiedToTraditionalTable}.
 */
public final class ChineseVariantTable {
    private static final Map<Character, Character> VARIANTS = Map.ofEntries(
            Map.entry('台', '臺'), Map.entry('峯', '峰'), Map.entry('裏', '裡'), Map.entry('綫', '線'),
            Map.entry('衆', '眾'), Map.entry('爲', '為'), Map.entry('羣', '群'), Map.entry('啓', '啟'),
            Map.entry('温', '溫'), Map.entry('銹', '鏽'), Map.entry('麪', '麵'), Map.entry('痴', '癡'),
            Map.entry('鷄', '雞'), Map.entry('僞', '偽'), Map.entry('册', '冊'), Map.entry('敎', '教'),
            Map.entry('户', '戶'), Map.entry('戸', '戶'), Map.entry('淸', '清'), Map.entry('靑', '青'),
            Map.entry('値', '值'), Map.entry('眞', '真'), Map.entry('説', '說'), Map.entry('脱', '脫'),
            Map.entry('税', '稅'), Map.entry('内', '內'), Map.entry('兑', '兌'), Map.entry('悦', '悅'),
            Map.entry('閲', '閱'), Map.entry('鋭', '銳'), Map.entry('葱', '蔥'), Map.entry('鉢', '缽'),
            Map.entry('綳', '繃'), Map.entry('却', '卻'), Map.entry('旣', '既'), Map.entry('强', '強'),
            Map.entry('尙', '尚'), Map.entry('黄', '黃'), Map.entry('遥', '遙'), Map.entry('歎', '嘆'),
            Map.entry('盃', '杯'), Map.entry('綉', '繡'), Map.entry('够', '夠'), Map.entry('汚', '污'),
            Map.entry('汙', '污'), Map.entry('晩', '晚'), Map.entry('鄕', '鄉'), Map.entry('舘', '館'),
            Map.entry('畵', '畫'), Map.entry('牀', '床'), Map.entry('艶', '豔'), Map.entry('艷', '豔'),
            Map.entry('邨', '村'), Map.entry('粧', '妝'), Map.entry('鉄', '鐵'), Map.entry('銕', '鐵'),
            Map.entry('彫', '雕'), Map.entry('鵰', '雕'), Map.entry('竈', '灶'), Map.entry('着', '著'),
            Map.entry('衞', '衛'), Map.entry('綠', '綠'), Map.entry('錬', '鍊'), Map.entry('箇', '個'),
            Map.entry('裡', '裡'), Map.entry('峰', '峰'));

    private ChineseVariantTable() {
    }

    /** The canonical form of one character (itself when it has no listed variant). */
    public static char canonical(char c) {
        Character mapped = VARIANTS.get(c);
        return mapped == null ? c : mapped;
    }

    public static Map<Character, Character> pairs() {
        return VARIANTS;
    }
}
