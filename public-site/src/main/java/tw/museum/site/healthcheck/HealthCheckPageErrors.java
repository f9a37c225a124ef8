package tw.museum.site.healthcheck;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import tw.museum.catalog.common.RecordNotFoundException;

/** An unknown case number on a health-check page: the site's error page, 404, nothing more. */
@ControllerAdvice(basePackageClasses = HealthCheckPageErrors.class)
public class HealthCheckPageErrors {

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException e, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", HttpStatus.NOT_FOUND.value());
        mav.setStatus(HttpStatus.NOT_FOUND);
        return mav;
    }
}
