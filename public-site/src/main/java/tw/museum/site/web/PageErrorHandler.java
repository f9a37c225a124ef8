package tw.museum.site.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import tw.museum.catalog.common.RecordNotFoundException;

/** Errors on HTML pages: a page in the visitor's language, with the right status and no internals. */
// Every page controller of the site, whatever its feature package; the API's own handler (@JsonApi) runs first.
@ControllerAdvice(basePackages = "tw.museum.site")
@Order(Ordered.LOWEST_PRECEDENCE)
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
