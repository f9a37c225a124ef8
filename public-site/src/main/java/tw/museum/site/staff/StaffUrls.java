package tw.museum.site.staff;

import org.springframework.stereotype.Component;

/**
 * Links to artifact pages. Object numbers may hold slashes (CA13/3/23), which must travel as %2F inside
 * one path segment. Thymeleaf's {@code @{/staff/artifacts/{n}(n=...)}} escapes path variables as a
 * path, leaving "/" as it is, so templates build these links here: {@code @{${@staffUrls.artifact(n)}}}.
 */
@Component("staffUrls")
public class StaffUrls {

    public String artifact(String objectNumber) {
        return "/staff/artifacts/" + StaffPages.segment(objectNumber);
    }

    public String artifact(String objectNumber, String action) {
        return artifact(objectNumber) + "/" + action;
    }

    public String publicObject(String objectNumber) {
        return "/objects/" + StaffPages.segment(objectNumber);
    }
}
