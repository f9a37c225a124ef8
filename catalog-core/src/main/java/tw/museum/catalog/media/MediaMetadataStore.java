package tw.museum.catalog.media;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The metadata read from media files (table media_metadata), one row per media record. */
@Repository
@Transactional
public class MediaMetadataStore {

    private static final int MAX_TEXT = 1_000_000;

    private final JdbcClient jdbc;

    public MediaMetadataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long mediaId, MediaMetadata m) {
        jdbc.sql("DELETE FROM media_metadata WHERE media_id = ?").param(mediaId).update();
        if (m == null || m.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO media_metadata (media_id, captured_at, creator, copyright, title, page_count, extracted_text)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(mediaId, cut(m.capturedAt(), 40), cut(m.creator(), 500), cut(m.copyright(), 1000),
                        cut(m.title(), 1000), m.pageCount(), cut(m.text(), MAX_TEXT))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<MediaMetadata> find(long mediaId) {
        return jdbc.sql("SELECT * FROM media_metadata WHERE media_id = ?").param(mediaId)
                .query((rs, n) -> new MediaMetadata(rs.getString("captured_at"), rs.getString("creator"),
                        rs.getString("copyright"), rs.getString("title"), (Integer) rs.getObject("page_count"),
                        rs.getString("extracted_text")))
                .optional();
    }

    /** The metadata of several media records at once (an artifact's page), by media id. */
    @Transactional(readOnly = true)
    public Map<Long, MediaMetadata> find(Collection<Long> mediaIds) {
        Map<Long, MediaMetadata> out = new HashMap<>();
        for (Long id : mediaIds) {
            find(id).ifPresent(m -> out.put(id, m));
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
