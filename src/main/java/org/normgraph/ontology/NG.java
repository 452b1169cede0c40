package org.normgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of our own namespace (documented in ontology/normgraph.ttl), plus the namespaces we reuse. */
public final class NG {
    public static final String NS = "https://w3id.org/normgraph/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/normgraph/ontology";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private NG() {}

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    // classes
    public static final Resource Document = r("Document");
    public static final Resource Report = r("Report");
    public static final Resource ReportEdition = r("ReportEdition");
    public static final Resource Submission = r("Submission");
    public static final Resource Section = r("Section");
    public static final Resource Paragraph = r("Paragraph");
    public static final Resource Footnote = r("Footnote");
    public static final Resource FrontMatter = r("FrontMatter");
    public static final Resource State = r("State");
    public static final Resource InternationalOrganization = r("InternationalOrganization");
    public static final Resource Mention = r("Mention");
    public static final Resource Addressing = r("Addressing");
    public static final Resource Extraction = r("Extraction");
    public static final Resource ChangeSet = r("ChangeSet");
    public static final Resource Layout = r("Layout");

    // properties
    public static final Property documentSymbol = p("documentSymbol");
    public static final Property session = p("session");
    public static final Property agendaItem = p("agendaItem");
    public static final Property respondsTo = p("respondsTo");
    public static final Property edition = p("edition");
    public static final Property submitter = p("submitter");
    public static final Property originalLanguage = p("originalLanguage");
    public static final Property position = p("position");
    public static final Property text = p("text");
    public static final Property heading = p("heading");
    public static final Property inSubmission = p("inSubmission");
    public static final Property inSection = p("inSection");
    public static final Property footnote = p("footnote");
    public static final Property marker = p("marker");
    public static final Property listItem = p("listItem");
    public static final Property mentions = p("mentions");
    public static final Property addresses = p("addresses");
    public static final Property addressing = p("addressing");
    public static final Property concept = p("concept");
    public static final Property mentionCount = p("mentionCount");
    public static final Property references = p("references");
    public static final Property citesUrl = p("citesUrl");
    public static final Property matchedLabel = p("matchedLabel");
    public static final Property matchKind = p("matchKind");
    public static final Property cooccurrenceHint = p("cooccurrenceHint");
    public static final Property matchExclusion = p("matchExclusion");
    public static final Property m49Code = p("m49Code");
    public static final Property frontMatter = p("frontMatter");
    public static final Property partHeading = p("partHeading");
    public static final Property characterCount = p("characterCount");
    public static final Property ontologyFilesHash = p("ontologyFilesHash");
    public static final Property dataFilesHash = p("dataFilesHash");
    public static final Property graph = p("graph");
    public static final Property added = p("added");
    public static final Property removed = p("removed");
    public static final Property mentionsAdded = p("mentionsAdded");
    public static final Property mentionsRemoved = p("mentionsRemoved");
    // layout terms (ontology/layout/*.ttl)
    public static final Property originalLanguageLine = p("originalLanguageLine");
    public static final Property dateLine = p("dateLine");
    public static final Property monthName = p("monthName");
    public static final Property monthNumber = p("monthNumber");
    public static final Property month = p("month");
    public static final Property footnoteLine = p("footnoteLine");
    public static final Property listItemLine = p("listItemLine");
    public static final Property partHeadingLine = p("partHeadingLine");
    public static final Property sentenceEnd = p("sentenceEnd");
    public static final Property maxHeadingLength = p("maxHeadingLength");
    public static final Property lineJoiner = p("lineJoiner");
    public static final Property tokenFilters = p("tokenFilters");
    public static final Property documentReference = p("documentReference");
    public static final Property symbolTemplate = p("symbolTemplate");
    public static final Property pattern = p("pattern");
}
