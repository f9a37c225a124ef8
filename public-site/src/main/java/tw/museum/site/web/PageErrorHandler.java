package tw.museum.site.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import tw.museum.catalog.common.RecordNotFoundException;

/** Errors on HTML pages: a page in the visitor's language, with the right status and no internals. */
@ControllerAdvice(basePackages = {"tw.museum.site.collection", "tw.museum.site.people", "tw.museum.site.staff",
        "tw.museum.site.learning", "tw.museum.site.linkcheck"})
public class PageErrorHandler {

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, response);
    }

    static ModelAndView page(HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", status.value());
        mav.setStatus(status);
        return mav;
    }
}
