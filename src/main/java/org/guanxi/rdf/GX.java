package org.guanxi.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The Guanxi vocabulary ({@code ontology/guanxi.ttl}) as Jena nodes, and the IRI schemes of the
 * things the graph describes. No other class writes these IRIs; a test checks every term here is
 * declared in the ontology file.
 */
public final class GX {
    public static final String NS = "https://w3id.org/guanxi/ontology#";
    /** Things described: people, places, organisations, articles, facts. */
    public static final String ID = "https://w3id.org/guanxi/id/";
    /** The shared graph of curated entity descriptions. */
    public static final Node ENTITIES_GRAPH = NodeFactory.createURI("https://w3id.org/guanxi/graph/entities");

    // classes
    public static final Node Article = term("Article");
    public static final Node Person = term("Person");
    public static final Node Place = term("Place");
    public static final Node Organization = term("Organization");
    public static final Node Meeting = term("Meeting");
    public static final Node MeetingEvent = term("MeetingEvent");
    public static final Node Statement = term("Statement");
    public static final Node Visit = term("Visit");
    public static final Node Evidence = term("Evidence");
    public static final Node Position = term("Position");
    public static final Node Status = term("Status");
    public static final Node Mode = term("Mode");

    // individuals
    public static final Node Held = term("Held");
    public static final Node Planned = term("Planned");
    public static final Node Cancelled = term("Cancelled");
    public static final Node InPerson = term("InPerson");
    public static final Node Video = term("Video");
    public static final Node Phone = term("Phone");

    // articles
    public static final Node sourceFile = term("sourceFile");
    public static final Node sourcePath = term("sourcePath");
    public static final Node contentHash = term("contentHash");
    public static final Node published = term("published");
    public static final Node outlet = term("outlet");
    public static final Node byline = term("byline");
    public static final Node charset = term("charset");
    public static final Node mentions = term("mentions");

    // facts
    public static final Node participant = term("participant");
    public static final Node status = term("status");
    public static final Node mode = term("mode");
    public static final Node date = term("date");
    public static final Node place = term("place");
    public static final Node evidence = term("evidence");
    public static final Node metWith = term("metWith");
    public static final Node event = term("event");
    public static final Node speaker = term("speaker");
    public static final Node content = term("content");
    public static final Node stated = term("stated");
    public static final Node visitor = term("visitor");
    public static final Node destination = term("destination");
    public static final Node visited = term("visited");
    public static final Node article = term("article");

    // explanations
    public static final Node support = term("support");
    public static final Node text = term("text");
    public static final Node sentenceIndex = term("sentenceIndex");
    public static final Node startOffset = term("startOffset");
    public static final Node endOffset = term("endOffset");
    public static final Node rule = term("rule");
    public static final Node confidence = term("confidence");

    // entities and positions
    public static final Node country = term("country");
    public static final Node position = term("position");
    public static final Node title = term("title");
    public static final Node asOf = term("asOf");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node wikidata = term("wikidata");
    public static final Node curated = term("curated");
    public static final Node writtenAs = term("writtenAs");

    private GX() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
