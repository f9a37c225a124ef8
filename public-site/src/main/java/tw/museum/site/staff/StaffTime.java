package tw.museum.site.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times in the workspace, in the museum's time zone (Taipei); templates use {@code ${@staffTime.format(t)}}. */
@Component("staffTime")
public class StaffTime {

    public static final ZoneId MUSEUM_ZONE = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MUSEUM_ZONE);

    public String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }
}
