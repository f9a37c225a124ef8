package tw.museum.site.opendata.oai;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactHarvest;
import tw.museum.catalog.artifact.HarvestQuery;
import tw.museum.catalog.artifact.HarvestRecord;
import tw.museum.catalog.learning.LearningUnitService;
import tw.museum.catalog.learning.UnitSummary;
import tw.museum.catalog.vocabulary.TermService;
import tw.museum.catalog.vocabulary.TermView;
import tw.museum.catalog.vocabulary.Vocabulary;
import tw.museum.site.opendata.OpenDataProperties;
import tw.museum.site.opendata.OpenDataTexts;
import tw.museum.site.opendata.PublicLinks;
import tw.museum.site.opendata.XmlStream;
import tw.museum.site.opendata.lido.LidoWriter;

/**
 * The OAI-PMH 2.0 repository: checks a request, reads what it asks for, and writes the response.
 * The data of a response is read before anything is written, so every error condition becomes a proper
 * OAI-PMH error; lists are bounded by the page size, so a response never holds more than one page.
 */
@Component
class OaiResponder {

    static final String NS = "http://www.openarchives.org/OAI/2.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SET_PREFIX = "classification:";
    /** Sets by learning unit (issue 8): the published artifacts a published unit shows. */
    static final String UNIT_SET_PREFIX = "learning-unit:";

    private final ArtifactHarvest harvest;
    private final TermService terms;
    private final ResumptionTokens tokens;
    private final PublicLinks links;
    private final OpenDataTexts texts;
    private final OpenDataProperties properties;
    private final LidoWriter lido;
    private final DublinCoreWriter dublinCore;
    private final Clock clock;
    private final LearningUnitService units;

    OaiResponder(ArtifactHarvest harvest, TermService terms, ResumptionTokens tokens, PublicLinks links,
                 OpenDataTexts texts, OpenDataProperties properties, LidoWriter lido, DublinCoreWriter dublinCore,
                 Clock clock, LearningUnitService units) {
        this.units = units;
        this.harvest = harvest;
        this.terms = terms;
        this.tokens = tokens;
        this.links = links;
        this.texts = texts;
        this.properties = properties;
        this.lido = lido;
        this.dublinCore = dublinCore;
        this.clock = clock;
    }

    void respond(Map<String, String[]> parameters, OutputStream out) {
        Instant now = clock.instant();
        Map<String, String> arguments = new LinkedHashMap<>();
        Consumer<XmlStream> body;
        OaiException error = null;
        try {
            OaiVerb verb = verb(parameters);
            parameters.forEach((name, values) -> arguments.put(name, values[0]));
            checkArguments(verb, parameters);
            body = answer(verb, arguments);
        } catch (OaiException e) {
            error = e;
            body = null;
        }
        try (XmlStream xml = XmlStream.document(out)) {
            xml.start(NS, "OAI-PMH").defaultNamespace(NS).declare("xsi", XSI)
                    .attribute("xsi", XSI, "schemaLocation", NS + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            xml.start(NS, "responseDate").text(OaiDates.format(now)).end();
            xml.start(NS, "request");
            if (error == null || !error.hidesArguments()) {
                arguments.forEach(xml::attribute);
            }
            xml.text(baseUrl()).end();
            if (error != null) {
                xml.start(NS, "error").attribute("code", error.error().code()).text(error.error().message()).end();
            } else {
                body.accept(xml);
            }
            xml.end();
        }
    }

    private static OaiVerb verb(Map<String, String[]> parameters) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length != 1) {
            throw new OaiException("badVerb", verbs == null ? "No verb given." : "The verb is repeated.");
        }
        return OaiVerb.named(verbs[0]).orElseThrow(() -> new OaiException("badVerb", "Illegal verb: " + verbs[0]));
    }

    private static void checkArguments(OaiVerb verb, Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (p.getValue().length != 1) {
                throw new OaiException("badArgument", "Repeated argument: " + p.getKey());
            }
            if (!"verb".equals(p.getKey()) && !verb.allows(p.getKey())) {
                throw new OaiException("badArgument", "Illegal argument for " + verb + ": " + p.getKey());
            }
        }
        if (parameters.containsKey("resumptionToken")) {
            if (parameters.size() != 2) {
                throw new OaiException("badArgument", "resumptionToken is an exclusive argument.");
            }
            return;
        }
        for (String required : verb.required()) {
            if (!parameters.containsKey(required)) {
                throw new OaiException("badArgument", "Missing argument: " + required);
            }
        }
    }

    private Consumer<XmlStream> answer(OaiVerb verb, Map<String, String> args) {
        return switch (verb) {
            case Identify -> identify();
            case ListMetadataFormats -> listMetadataFormats(args.get("identifier"));
            case ListSets -> listSets(args.get("resumptionToken"));
            case GetRecord -> getRecord(args.get("identifier"), format(args.get("metadataPrefix")));
            case ListIdentifiers, ListRecords -> list(verb, args);
        };
    }

    private Consumer<XmlStream> identify() {
        String earliest = OaiDates.format(harvest.earliestChange().orElse(clock.instant()));
        return xml -> {
            xml.start(NS, "Identify");
            xml.start(NS, "repositoryName").text(texts.both("opendata.oai.repositoryName").zh()
                    + " / " + texts.both("opendata.oai.repositoryName").en()).end();
            xml.start(NS, "baseURL").text(baseUrl()).end();
            xml.start(NS, "protocolVersion").text("2.0").end();
            xml.start(NS, "adminEmail").text(properties.adminEmail()).end();
            xml.start(NS, "earliestDatestamp").text(earliest).end();
            // Withdrawn records are reported as deleted, but one published again reappears, and nothing
            // promises deletions are kept forever: transient, truthfully.
            xml.start(NS, "deletedRecord").text("transient").end();
            xml.start(NS, "granularity").text("YYYY-MM-DDThh:mm:ssZ").end();
            xml.end();
        };
    }

    private Consumer<XmlStream> listMetadataFormats(String identifier) {
        if (identifier != null) {
            record(identifier);
        }
        return xml -> {
            xml.start(NS, "ListMetadataFormats");
            for (MetadataFormat f : MetadataFormat.values()) {
                xml.start(NS, "metadataFormat");
                xml.start(NS, "metadataPrefix").text(f.prefix()).end();
                xml.start(NS, "schema").text(f.schema()).end();
                xml.start(NS, "metadataNamespace").text(f.namespace()).end();
                xml.end();
            }
            xml.end();
        };
    }

    private Consumer<XmlStream> listSets(String resumptionToken) {
        if (resumptionToken != null) {
            // All sets fit in one response; no token for ListSets was ever handed out.
            throw new OaiException("badResumptionToken", "The resumption token is invalid.");
        }
        List<TermView> classifications = terms.list(Vocabulary.CLASSIFICATION);
        List<UnitSummary> learningUnits = units.listPublished(null, null);
        if (classifications.isEmpty() && learningUnits.isEmpty()) {
            throw new OaiException("noSetHierarchy", "The repository has no sets yet.");
        }
        return xml -> {
            xml.start(NS, "ListSets");
            for (TermView t : classifications) {
                xml.start(NS, "set");
                xml.start(NS, "setSpec").text(SET_PREFIX + t.code()).end();
                xml.start(NS, "setName").text(t.label().en() == null ? t.label().zh()
                        : t.label().zh() + " / " + t.label().en()).end();
                xml.end();
            }
            for (UnitSummary u : learningUnits) {
                xml.start(NS, "set");
                xml.start(NS, "setSpec").text(UNIT_SET_PREFIX + u.slug()).end();
                xml.start(NS, "setName").text(u.title().en() == null ? u.title().zh()
                        : u.title().zh() + " / " + u.title().en()).end();
                xml.end();
            }
            xml.end();
        };
    }

    private Consumer<XmlStream> getRecord(String identifier, MetadataFormat format) {
        HarvestRecord record = record(identifier);
        return xml -> {
            xml.start(NS, "GetRecord");
            writeRecord(xml, record, format);
            xml.end();
        };
    }

    private Consumer<XmlStream> list(OaiVerb verb, Map<String, String> args) {
        ResumptionToken start = args.containsKey("resumptionToken")
                ? tokens.decode(args.get("resumptionToken"), verb)
                : firstRequest(verb, args);
        boolean records = verb == OaiVerb.ListRecords;
        int pageSize = properties.pageSize();
        List<HarvestRecord> found = harvest.page(start.query(), start.after(), pageSize + 1, records);
        if (found.isEmpty()) {
            throw new OaiException("noRecordsMatch", "No records match the request.");
        }
        boolean more = found.size() > pageSize;
        List<HarvestRecord> page = more ? found.subList(0, pageSize) : found;
        long delivered = start.delivered() + page.size();
        ResumptionToken next = more ? new ResumptionToken(verb, start.format(), start.query(),
                page.get(page.size() - 1).cursor(), delivered, start.completeListSize(), clock.instant()) : null;
        boolean resumed = args.containsKey("resumptionToken");
        return xml -> {
            xml.start(NS, verb.name());
            for (HarvestRecord r : page) {
                if (records) {
                    writeRecord(xml, r, start.format());
                } else {
                    header(xml, r);
                }
            }
            if (next != null || resumed) {
                xml.start(NS, "resumptionToken")
                        .attribute("completeListSize", Long.toString(Math.max(start.completeListSize(), delivered)))
                        .attribute("cursor", Long.toString(start.delivered()));
                if (next != null) {
                    xml.attribute("expirationDate", OaiDates.format(tokens.expiry(next))).text(tokens.encode(next));
                }
                xml.end();
            }
            xml.end();
        };
    }

    private ResumptionToken firstRequest(OaiVerb verb, Map<String, String> args) {
        MetadataFormat format = format(args.get("metadataPrefix"));
        OaiDates.Bound from = args.containsKey("from") ? OaiDates.parse("from", args.get("from")) : null;
        OaiDates.Bound until = args.containsKey("until") ? OaiDates.parse("until", args.get("until")) : null;
        if (from != null && until != null) {
            if (from.day() != until.day()) {
                throw new OaiException("badArgument", "from and until must have the same granularity.");
            }
            if (from.start().isAfter(until.start())) {
                throw new OaiException("badArgument", "from is later than until.");
            }
        }
        String classification = null;
        String learningUnit = null;
        String set = args.get("set");
        if (set != null) {
            if (set.startsWith(SET_PREFIX) && set.length() > SET_PREFIX.length()) {
                classification = set.substring(SET_PREFIX.length());
            } else if (set.startsWith(UNIT_SET_PREFIX) && set.length() > UNIT_SET_PREFIX.length()) {
                learningUnit = set.substring(UNIT_SET_PREFIX.length());
            } else {
                throw new OaiException("noRecordsMatch", "No such set: " + set);
            }
        }
        HarvestQuery query = new HarvestQuery(classification, from == null ? null : from.start(),
                until == null ? null : until.endExclusive(), false, learningUnit);
        return new ResumptionToken(verb, format, query, null, 0, harvest.count(query), clock.instant());
    }

    private void writeRecord(XmlStream xml, HarvestRecord r, MetadataFormat format) {
        xml.start(NS, "record");
        header(xml, r);
        if (!r.deleted()) {
            xml.start(NS, "metadata");
            if (format == MetadataFormat.LIDO) {
                lido.write(xml, r.view(), true);
            } else {
                dublinCore.write(xml, r.view());
            }
            xml.end();
        }
        xml.end();
    }

    private void header(XmlStream xml, HarvestRecord r) {
        xml.start(NS, "header");
        if (r.deleted()) {
            xml.attribute("status", "deleted");
        }
        xml.start(NS, "identifier").text(links.oaiIdentifier(r.objectNumber())).end();
        xml.start(NS, "datestamp").text(OaiDates.format(r.updatedAt())).end();
        if (r.classification() != null) {
            xml.start(NS, "setSpec").text(SET_PREFIX + r.classification()).end();
        }
        for (String unit : r.learningUnits()) {
            xml.start(NS, "setSpec").text(UNIT_SET_PREFIX + unit).end();
        }
        xml.end();
    }

    private HarvestRecord record(String identifier) {
        return links.objectNumberOf(identifier).flatMap(harvest::find)
                .orElseThrow(() -> new OaiException("idDoesNotExist", "No such record: " + identifier));
    }

    private static MetadataFormat format(String prefix) {
        return MetadataFormat.withPrefix(prefix).orElseThrow(() -> new OaiException("cannotDisseminateFormat",
                "Metadata formats offered: oai_dc, lido; not " + prefix));
    }

    private String baseUrl() {
        return links.base() + "/oai";
    }
}
