package tw.museum.iiif.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which licences may stand in a manifest's {@code rights}, and in which form. */
class RightsUrisTest {

    @Test
    void creativeCommonsAndRightsStatementsInTheirHttpForm() {
        assertThat(RightsUris.forRightsProperty("https://creativecommons.org/licenses/by-sa/4.0/"))
                .contains("http://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(RightsUris.forRightsProperty(" http://creativecommons.org/publicdomain/zero/1.0 "))
                .contains("http://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(RightsUris.forRightsProperty("https://rightsstatements.org/vocab/InC/1.0/"))
                .contains("http://rightsstatements.org/vocab/InC/1.0/");
    }

    @Test
    void anythingElseIsNotARightsUri() {
        assertThat(RightsUris.forRightsProperty("https://www.nstm.gov.tw/copyright")).isEmpty();
        assertThat(RightsUris.forRightsProperty("https://creativecommons.org/about/")).isEmpty();
        assertThat(RightsUris.forRightsProperty("https://creativecommons.org.evil.example/licenses/by/4.0/")).isEmpty();
        assertThat(RightsUris.forRightsProperty("ftp://creativecommons.org/licenses/by/4.0/")).isEmpty();
        assertThat(RightsUris.forRightsProperty("not a uri")).isEmpty();
        assertThat(RightsUris.forRightsProperty(null)).isEmpty();
        assertThat(RightsUris.forRightsProperty(" ")).isEmpty();
    }
}
