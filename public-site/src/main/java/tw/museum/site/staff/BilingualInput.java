package tw.museum.site.staff;

import tw.museum.catalog.common.Bilingual;

/** A bilingual value as typed into a form: Traditional Chinese and English, kept exactly as entered. */
public class BilingualInput {

    private String zh;
    private String en;

    public BilingualInput() {
    }

    public BilingualInput(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public static BilingualInput of(Bilingual value) {
        return value == null ? new BilingualInput() : new BilingualInput(value.zh(), value.en());
    }

    public Bilingual toBilingual() {
        return Bilingual.of(zh, en);
    }

    public boolean isBlank() {
        return (zh == null || zh.isBlank()) && (en == null || en.isBlank());
    }

    public String getZh() {
        return zh;
    }

    public void setZh(String zh) {
        this.zh = zh;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
