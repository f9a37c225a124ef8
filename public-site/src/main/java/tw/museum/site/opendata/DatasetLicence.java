package tw.museum.site.opendata;

/** The licences the open data can be published under; names are in the opendata message bundle. */
public enum DatasetLicence {
    /** 政府資料開放授權條款－第1版, the Taiwan government's open data licence. */
    OGDL_TW("https://data.gov.tw/license"),
    CC_BY_4_0("https://creativecommons.org/licenses/by/4.0/");

    private final String url;

    DatasetLicence(String url) {
        this.url = url;
    }

    public String url() {
        return url;
    }

    public String messageKey() {
        return "opendata.licence." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
