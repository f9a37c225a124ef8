package tw.museum.site.opendata.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tw.museum.catalog.artifact.HarvestCursor;
import tw.museum.catalog.artifact.HarvestQuery;
import tw.museum.catalog.opendata.SharedSecrets;
import tw.museum.site.opendata.DatasetLicence;
import tw.museum.site.opendata.OpenDataProperties;

/** Resumption tokens on their own: exact round trip, expiry, and refusal of anything not issued as is. */
class ResumptionTokensTest {

    static final Instant ISSUED = Instant.parse("2026-11-24T08:00:00Z");

    static ResumptionTokens tokens(Instant now, byte[] key) {
        SharedSecrets secrets = new SharedSecrets(null, null) {
            @Override
            public byte[] secret(String name) {
                return key;
            }
        };
        OpenDataProperties properties = new OpenDataProperties("https://museum.example.tw", "museum.example.tw",
                "opendata@museum.example.tw", 100, Duration.ofHours(24), DatasetLicence.OGDL_TW, 500);
        return new ResumptionTokens(secrets, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    static ResumptionToken sample() {
        return new ResumptionToken(OaiVerb.ListRecords, MetadataFormat.LIDO,
                new HarvestQuery("photography", Instant.parse("2026-01-01T00:00:00Z"), null, false),
                new HarvestCursor(Instant.parse("2026-11-23T10:15:30.123456Z"), 4242), 300, 1000, ISSUED);
    }

    byte[] key = new byte[32];

    @Test
    void aTokenCarriesTheHarvestExactlyToTheMicrosecond() {
        ResumptionTokens tokens = tokens(ISSUED.plusSeconds(60), key);
        String encoded = tokens.encode(sample());
        assertThat(encoded).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(tokens.decode(encoded, OaiVerb.ListRecords)).isEqualTo(sample());
        assertThat(tokens.expiry(sample())).isEqualTo(ISSUED.plus(Duration.ofHours(24)));
    }

    @Test
    void expiredForeignTamperedOrGarbledTokensAreBadResumptionTokens() {
        String encoded = tokens(ISSUED, key).encode(sample());
        assertBad(() -> tokens(ISSUED.plus(Duration.ofHours(25)), key).decode(encoded, OaiVerb.ListRecords));
        byte[] otherKey = Arrays.copyOf(key, 32);
        otherKey[0] = 1;
        assertBad(() -> tokens(ISSUED, otherKey).decode(encoded, OaiVerb.ListRecords));
        assertBad(() -> tokens(ISSUED, key).decode(encoded, OaiVerb.ListIdentifiers));
        String payload = encoded.substring(0, encoded.indexOf('.'));
        String signature = encoded.substring(encoded.indexOf('.'));
        char flipped = payload.charAt(3) == 'A' ? 'B' : 'A';
        assertBad(() -> tokens(ISSUED, key).decode(payload.substring(0, 3) + flipped + payload.substring(4) + signature,
                OaiVerb.ListRecords));
        for (String garbage : new String[] {"", ".", "abc", "a.b.c", "%%%.***", encoded + "x"}) {
            assertBad(() -> tokens(ISSUED, key).decode(garbage, OaiVerb.ListRecords));
        }
    }

    static void assertBad(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(OaiException.class)
                .satisfies(e -> assertThat(((OaiException) e).error().code()).isEqualTo("badResumptionToken"));
    }
}
