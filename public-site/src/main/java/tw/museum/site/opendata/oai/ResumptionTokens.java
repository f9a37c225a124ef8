package tw.museum.site.opendata.oai;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.HarvestCursor;
import tw.museum.catalog.artifact.HarvestQuery;
import tw.museum.catalog.opendata.SharedSecrets;
import tw.museum.site.opendata.OpenDataProperties;

/**
 * Stateless resumption tokens: the token is its own content, signed with a key every node shares
 * (kept in the database), so any node continues any harvest, and a forged, altered or garbled token
 * is refused. Tokens expire after {@code museum.opendata.token-lifetime}.
 */
@Component
class ResumptionTokens {

    private static final String KEY_NAME = "oai-resumption-token";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String NONE = "-";

    private final SharedSecrets secrets;
    private final OpenDataProperties properties;
    private final Clock clock;

    ResumptionTokens(SharedSecrets secrets, OpenDataProperties properties, Clock clock) {
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    Instant expiry(ResumptionToken token) {
        return token.issuedAt().plus(properties.tokenLifetime());
    }

    String encode(ResumptionToken t) {
        String payload = String.join("~", "1", t.verb().name(), t.format().prefix(), orNone(t.query().classification()),
                instant(t.query().from()), instant(t.query().before()), instant(t.after().updatedAt()),
                Long.toString(t.after().id()), Long.toString(t.delivered()), Long.toString(t.completeListSize()),
                Long.toString(t.issuedAt().getEpochSecond()), orNone(t.query().learningUnit()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    ResumptionToken decode(String token, OaiVerb verb) {
        try {
            String[] parts = token.split("\\.");
            if (parts.length != 2) {
                throw bad();
            }
            byte[] bytes = DECODER.decode(parts[0]);
            if (!MessageDigest.isEqual(sign(bytes), DECODER.decode(parts[1]))) {
                throw bad();
            }
            List<String> f = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("~", -1)));
            if (f.size() == 11) {
                f.add(NONE); // issued before sets by learning unit existed
            }
            if (f.size() != 12 || !"1".equals(f.get(0)) || !verb.name().equals(f.get(1))) {
                throw bad();
            }
            MetadataFormat format = MetadataFormat.withPrefix(f.get(2)).orElseThrow(ResumptionTokens::bad);
            HarvestQuery query = new HarvestQuery(none(f.get(3)), instant(f.get(4)), instant(f.get(5)), false,
                    none(f.get(11)));
            ResumptionToken parsed = new ResumptionToken(verb, format, query,
                    new HarvestCursor(instant(f.get(6)), Long.parseLong(f.get(7))), Long.parseLong(f.get(8)),
                    Long.parseLong(f.get(9)), Instant.ofEpochSecond(Long.parseLong(f.get(10))));
            if (clock.instant().isAfter(expiry(parsed))) {
                throw new OaiException("badResumptionToken", "The resumption token has expired; start the harvest again.");
            }
            return parsed;
        } catch (IllegalArgumentException | NullPointerException e) {
            // Base64, number and date parse failures: whatever was sent, it is not one of our tokens.
            throw bad();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.secret(KEY_NAME), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OaiException bad() {
        return new OaiException("badResumptionToken", "The resumption token is invalid.");
    }

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }

    private static String none(String s) {
        return NONE.equals(s) ? null : s;
    }

    /** Instants to the nanosecond (the keyset must match stored times exactly): seconds.nanos. */
    private static String instant(Instant i) {
        return i == null ? NONE : i.getEpochSecond() + "_" + i.getNano();
    }

    private static Instant instant(String s) {
        if (NONE.equals(s)) {
            return null;
        }
        String[] parts = s.split("_");
        if (parts.length != 2) {
            throw new IllegalArgumentException(s);
        }
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

}
