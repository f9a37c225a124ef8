package tw.museum.search.contract;

import java.time.Instant;
import java.util.List;
import tw.museum.search.api.Maker;
import tw.museum.search.api.PublicationStatus;
import tw.museum.search.api.SearchDocument;
import tw.museum.search.api.Term;

/** Small hand-made documents whose every field is known, for behaviour tests with exact expectations. */
final class TestDocuments {
    static final Term PHOTO = new Term("photography", "攝影", "Photography");
    static final Term POSTER = new Term("poster", "海報", "Poster");
    static final Term MODEL = new Term("architectural-model", "建築模型", "Architectural Model");
    static final Term CHAIR = new Term("furniture", "傢俬", "Furniture");
    static final Maker HO = new Maker("378", "何藩", "Fan Ho", "Artist");
    static final Maker WANG = new Maker("813", "王大閎", "Wang Dahong", "Architect");
    static final Maker SHIGEO = new Maker("1615", "福田繁雄", "Fukuda Shigeo", "Designer");
    static final Term GELATIN = new Term("gelatin-silver-print", "銀鹽照片", "gelatin silver print");
    static final Term BAMBOO = new Term("bamboo", "竹", "bamboo");
    static final Term OFFSET = new Term("offset-lithograph", "柯式印刷", "offset lithograph");
    static final Term HONG_KONG = new Term("hong-kong", "香港", "Hong Kong");
    static final Term TAIWAN = new Term("taiwan", "臺灣", "Taiwan");

    private TestDocuments() {
    }

    static List<SearchDocument> all() {
        return List.of(
                doc("T2012.1799", "上環高陞街", "Ko Shing Street, Sheung Wan", PHOTO, List.of(HO), List.of(GELATIN), List.of(HONG_KONG),
                        null, "A figure walking on the sidewalk holding an umbrella", "1956", 1956, 1956, true, PublicationStatus.PUBLISHED),
                doc("T2012.1800", "無標題", "No Title", PHOTO, List.of(HO), List.of(GELATIN), List.of(HONG_KONG),
                        null, "A street with buildings on the side", "1960s", 1960, 1969, true, PublicationStatus.PUBLISHED),
                doc("T2012.1801", "香港大學研究生堂模型", "Model, Graduate House, The University of Hong Kong", MODEL, List.of(WANG),
                        List.of(), List.of(HONG_KONG), "大學建築模型", "Architectural model of a university hall", "1994–1998", 1994, 1998, false,
                        PublicationStatus.PUBLISHED),
                doc("T2015.518", "台灣台北建國南路王大閎住宅模型", "Model, Architect’s House on Jianguo South Road, Taipei, Taiwan", MODEL,
                        List.of(WANG), List.of(), List.of(TAIWAN), "王大閎自宅的模型", "Model of the architect's own house", "1953", 1953, 1953,
                        true, PublicationStatus.PUBLISHED),
                doc("T2016.213", "阿姆斯特丹市立博物館", "Stedelijk Museum Café Posters", POSTER, List.of(SHIGEO), List.of(OFFSET), List.of(),
                        null, "Poster for an exhibition in Amsterdam", "1975", 1975, 1975, false, PublicationStatus.PUBLISHED),
                doc("T2016.214", "臺灣國家公園", "National Parks of Taiwan", POSTER, List.of(SHIGEO), List.of(OFFSET), List.of(TAIWAN),
                        "國家公園的海報", "Poster showing mountain peaks", "1987", 1987, 1987, true, PublicationStatus.PUBLISHED),
                // Relevance ladder: "bamboo" appears in one field each, from the strongest to the weakest.
                doc("R-1", "竹 bamboo", "Bamboo", CHAIR, List.of(), List.of(), List.of(), null, null, "2001", 2001, 2001, false,
                        PublicationStatus.PUBLISHED),
                doc("R-2", "椅子", "Chair", CHAIR, List.of(new Maker("9001", "竹工坊", "Bamboo Workshop", "Maker")), List.of(), List.of(),
                        null, null, "2002", 2002, 2002, false, PublicationStatus.PUBLISHED),
                doc("R-3", "凳", "Stool", CHAIR, List.of(), List.of(BAMBOO), List.of(), null, null, "2003", 2003, 2003, false,
                        PublicationStatus.PUBLISHED),
                doc("R-4", "櫃", "Cabinet", CHAIR, List.of(), List.of(), List.of(), null, "A cabinet with bamboo inlay", "2004", 2004, 2004,
                        false, PublicationStatus.PUBLISHED),
                // Not for the public.
                new SearchDocument("D-1", "秘密草稿", "Secret Draft Lantern", PHOTO, PHOTO, List.of(HO), List.of(GELATIN), List.of(),
                        List.of(), List.of(), null, null, "1970", 1970, 1970, false, PublicationStatus.DRAFT, "Storeroom B12",
                        "condition check pending", Instant.parse("2025-01-02T00:00:00Z")),
                new SearchDocument("W-1", "撤回的燈籠", "Withdrawn Lantern", PHOTO, PHOTO, List.of(HO), List.of(), List.of(),
                        List.of(), List.of(), null, null, "1971", 1971, 1971, false, PublicationStatus.WITHDRAWN, null, null,
                        Instant.parse("2025-01-03T00:00:00Z")),
                new SearchDocument("P-9", "燈籠", "Lantern", PHOTO, PHOTO, List.of(HO), List.of(GELATIN), List.of(),
                        List.of(), List.of(), null, null, "1972", 1972, 1972, true, PublicationStatus.PUBLISHED, "Storeroom Z9",
                        "loaned to Taipei", Instant.parse("2025-01-04T00:00:00Z")));
    }

    static SearchDocument doc(String number, String titleZh, String titleEn, Term classification, List<Maker> makers, List<Term> materials,
                              List<Term> places, String descriptionZh, String descriptionEn, String date, Integer from, Integer to,
                              boolean image, PublicationStatus status) {
        return new SearchDocument(number, titleZh, titleEn, null, classification, makers, materials, List.of(), List.of(), places,
                descriptionZh, descriptionEn, date, from, to, image, status, null, null,
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(number.hashCode() & 0xffff));
    }
}
