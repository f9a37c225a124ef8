package tw.museum.iiif.web;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.museum.iiif.delivery.ImageDeliveryService;
import tw.museum.iiif.delivery.ServableImage;
import tw.museum.iiif.image.ImageApi3RequestParser;
import tw.museum.iiif.image.ImageRequest;
import tw.museum.iiif.image.SizeRequest;

/** IIIF Image API 3.0 at /iiif/3. */
@RestController
@RequestMapping("/iiif/3")
public class ImageApi3Controller {

    private final ImageDeliveryService delivery;
    private final ImageApi3RequestParser parser;
    private final ImageResponses responses;
    private final InfoJson3Writer infoWriter;
    private final BaseUrls baseUrls;

    public ImageApi3Controller(ImageDeliveryService delivery, ImageApi3RequestParser parser, ImageResponses responses,
                               InfoJson3Writer infoWriter, BaseUrls baseUrls) {
        this.delivery = delivery;
        this.parser = parser;
        this.responses = responses;
        this.infoWriter = infoWriter;
        this.baseUrls = baseUrls;
    }

    @GetMapping("/{identifier}")
    public ResponseEntity<Void> base(@PathVariable String identifier) {
        delivery.open(identifier);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(id(identifier) + "/info.json")).build();
    }

    @GetMapping("/{identifier}/info.json")
    public ResponseEntity<byte[]> info(@PathVariable String identifier,
                                       @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm,
                                       @RequestHeader(value = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ims) {
        ServableImage image = delivery.open(identifier);
        byte[] json = infoWriter.write(id(identifier), delivery.info(image));
        return responses.info(image, json, IiifMediaTypes.infoJson(accept, InfoJson3Writer.CONTEXT), inm, ims,
                InfoJson3Writer.PROFILE_URI);
    }

    @GetMapping("/{identifier}/{region}/{size}/{rotation}/{qualityFormat}")
    public ResponseEntity<byte[]> image(@PathVariable String identifier, @PathVariable String region,
                                        @PathVariable String size, @PathVariable String rotation,
                                        @PathVariable String qualityFormat,
                                        @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String inm,
                                        @RequestHeader(value = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ims) {
        ServableImage image = delivery.open(identifier);
        ImageRequest request = parser.parse(region, size, rotation, qualityFormat);
        int w = image.info().width();
        int h = image.info().height();
        return responses.image(image, request, inm, ims, InfoJson3Writer.PROFILE_URI, ops -> {
            ImageRequest asMax = new ImageRequest(request.region(), new SizeRequest.Max(false), request.rotation(),
                    request.quality(), request.format());
            var max = delivery.operations(image, asMax);
            boolean isMax = max.width() == ops.width() && max.height() == ops.height();
            return id(identifier) + "/" + CanonicalPaths.v3(ops, w, h, isMax);
        });
    }

    private String id(String identifier) {
        return baseUrls.base() + "/iiif/3/" + identifier;
    }
}
