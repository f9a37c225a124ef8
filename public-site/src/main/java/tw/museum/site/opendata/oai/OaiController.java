package tw.museum.site.opendata.oai;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The OAI-PMH endpoint: GET or form POST, public, published records only (and deletions). */
@Controller
class OaiController {

    private final OaiResponder responder;

    OaiController(OaiResponder responder) {
        this.responder = responder;
    }

    @RequestMapping(path = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    void oai(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/xml;charset=UTF-8");
        responder.respond(request.getParameterMap(), response.getOutputStream());
    }
}
