package tw.museum.catalog.healthcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Case access codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 60 bits,
 * shown once and emailed; only a salted SHA-256 hash is stored, compared in constant time. Guessing is
 * slowed by {@link AccessThrottle}, which is why a fast hash suffices here.
 */
@Component
public class AccessCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash of a code, salted with the case number so equal codes of two cases hash differently. */
    String hash(String caseNumber, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((caseNumber + ":" + normalise(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean matches(String caseNumber, String code, String storedHash) {
        if (code == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(caseNumber, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** People retype codes with spaces, dashes and small letters; none of that matters. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
