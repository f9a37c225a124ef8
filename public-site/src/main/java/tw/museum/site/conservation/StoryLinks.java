package tw.museum.site.conservation;

import org.springframework.stereotype.Component;

/** Paths of treatment-story pages and their photos; templates use it as {@code @storyLinks}. */
@Component("storyLinks")
public class StoryLinks {

    public String page(long id) {
        return "/conservation/" + id;
    }

    public String photo(long id, int position, int size) {
        return photoPath(id, position, size);
    }

    public String staff(long id) {
        return "/staff/conservation/" + id;
    }

    public String staff(long id, String action) {
        return staff(id) + "/" + action;
    }

    static String photoPath(long id, int position, int size) {
        return "/conservation/" + id + "/photos/" + position + "?size=" + size;
    }
}
