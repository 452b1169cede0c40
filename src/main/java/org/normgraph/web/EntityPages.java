package org.normgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.normgraph.ontology.Concept;
import org.normgraph.serve.Backend;
import org.normgraph.serve.api.ActorsApi;
import org.normgraph.serve.api.ConceptsApi;
import org.normgraph.serve.api.Evidence;

/** The HTML of /doc/… for States and organizations, concepts and submissions, evidence highlighted. */
public final class EntityPages {
    private static final List<String> SCHEME_ORDER = List.of("norms", "principles", "cbms", "threats", "capacity", "forums", "actors");

    private EntityPages() {}

    private static String label(Backend b, String iri, String lang) {
        return b.catalog().get(iri).map(c -> c.label(lang)).orElse(iri);
    }

    private static String docLink(Backend b, String iri, String text) {
        String href = iri.startsWith(b.iris().base()) ? "/doc/" + iri.substring(b.iris().base().length()) : iri;
        return "<a href=\"" + Pages.escape(href) + "\">" + Pages.escape(text) + "</a>";
    }

    private static String rdfLinks(String path) {
        StringBuilder b = new StringBuilder("<p class=\"formats\">RDF: ");
        for (String[] f : new String[][] {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"rdf", "RDF/XML"}, {"nt", "N-Triples"}}) {
            b.append("<a href=\"").append(Pages.escape(path)).append("?format=").append(f[0]).append("\">").append(f[1]).append("</a> ");
        }
        return b.append("</p>").toString();
    }

    /** An evidence quote inside its context, the quote marked, linking to its paragraph. */
    static String quote(Evidence.Item e) {
        return "<blockquote lang=\"" + Pages.escape(e.lang()) + "\">…" + Pages.escape(e.prefix() == null ? "" : e.prefix()) + "<mark>"
                + Pages.escape(e.quote()) + "</mark>" + Pages.escape(e.suffix() == null ? "" : e.suffix()) + "… <a href=\"" + Pages.escape(e.doc())
                + "\">¶</a></blockquote>";
    }

    public static String actor(Backend b, Concept actor, String lang) {
        Map<String, Object> p = ActorsApi.profile(b, actor);
        StringBuilder h = new StringBuilder(Pages.head(actor.label(lang), lang, ""));
        h.append("<h1>").append(Pages.escape(actor.label(lang))).append(" <small>").append(Pages.escape(actor.notation())).append("</small></h1>")
                .append(rdfLinks("/doc/" + actor.iri().substring(b.iris().base().length())));
        h.append("<h2>").append(Messages.get(lang, "submissions")).append("</h2><ul>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> subs = (List<Map<String, Object>>) p.get("submissions");
        for (Map<String, Object> s : subs) {
            @SuppressWarnings("unchecked")
            List<String> originals = (List<String>) s.get("originalLanguages");
            h.append("<li>").append(docLink(b, (String) s.get("iri"), s.get("report") + " (" + s.get("date") + ")")).append(", ")
                    .append((Messages.get(lang, "original") + " ")).append(Pages.escape(String.join(", ", originals))).append("</li>");
        }
        h.append("</ul>");
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> addresses = (Map<String, List<Map<String, Object>>>) p.get("addresses");
        for (String scheme : SCHEME_ORDER) {
            List<Map<String, Object>> concepts = addresses.get(scheme);
            if (concepts == null || scheme.equals("actors")) continue;
            h.append("<section id=\"").append(scheme).append("\"><h2>").append(schemeTitle(b, scheme, lang)).append("</h2>");
            for (Map<String, Object> c : concepts) {
                String iri = (String) c.get("concept");
                h.append("<details id=\"").append(scheme).append("-").append(Pages.escape(String.valueOf(c.get("notation")))).append("\"><summary>")
                        .append(Pages.escape(label(b, iri, lang))).append(" — ").append(c.get("mentionCount")).append((" " + Messages.get(lang, "mentions")))
                        .append("</summary><p>").append(docLink(b, iri, Messages.get(lang, "conceptPage"))).append("</p>");
                @SuppressWarnings("unchecked")
                List<Evidence.Item> ev = (List<Evidence.Item>) c.get("evidence");
                for (Evidence.Item e : ev) h.append(quote(e));
                h.append("</details>");
            }
            h.append("</section>");
        }
        return h.append(Pages.FOOT).toString();
    }

    /** A scheme's title: its prefLabel in the ontology, in the page's language. */
    private static String schemeTitle(Backend b, String scheme, String lang) {
        var r = b.pipeline().ontology().getResource(b.iris().base() + "scheme/" + scheme);
        String fallback = scheme;
        for (var st : r.listProperties(org.apache.jena.vocabulary.SKOS.prefLabel).toList()) {
            if (st.getLanguage().equals(lang)) return Pages.escape(st.getString());
            if (st.getLanguage().equals("en")) fallback = st.getString();
        }
        return Pages.escape(fallback);
    }

    public static String concept(Backend b, Concept c, String lang) {
        Map<String, Object> d = ConceptsApi.detail(b, c);
        StringBuilder h = new StringBuilder(Pages.head(c.label(lang), lang, ""));
        h.append("<h1>").append(Pages.escape(c.label(lang))).append(" <small>").append(Pages.escape(c.notation())).append("</small></h1>");
        if (Boolean.TRUE.equals(d.get("deprecated"))) h.append("<p><strong>Deprecated</strong>").append(d.containsKey("isReplacedBy") ? "; replaced by " + docLink(b, (String) d.get("isReplacedBy"), label(b, (String) d.get("isReplacedBy"), lang)) : "").append("</p>");
        h.append(rdfLinks("/doc/" + c.iri().substring(b.iris().base().length())));
        @SuppressWarnings("unchecked")
        Map<String, String> defs = (Map<String, String>) d.get("definitions");
        for (Map.Entry<String, String> e : defs.entrySet()) h.append("<p lang=\"").append(Pages.escape(e.getKey())).append("\">").append(Pages.escape(e.getValue())).append("</p>");
        h.append("<h2>").append(Messages.get(lang, "labels")).append("</h2><table><thead><tr><th scope=\"col\">kind</th><th scope=\"col\">language</th><th scope=\"col\">label</th></tr></thead><tbody>");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, List<String>>> labels = (Map<String, Map<String, List<String>>>) d.get("labels");
        labels.forEach((kind, byLang) -> byLang.forEach((l, ts) -> ts.forEach(t -> h.append("<tr><td>").append(kind).append("</td><td>").append(Pages.escape(l))
                .append("</td><td lang=\"").append(Pages.escape(l)).append("\">").append(Pages.escape(t)).append("</td></tr>"))));
        h.append("</tbody></table>");
        for (String rel : List.of("broader", "narrower")) {
            @SuppressWarnings("unchecked")
            List<String> rs = (List<String>) d.get(rel);
            if (rs.isEmpty()) continue;
            h.append("<p>").append(rel).append(": ");
            for (String r : rs) h.append(docLink(b, r, label(b, r, lang))).append(" ");
            h.append("</p>");
        }
        h.append("<h2>").append(Messages.get(lang, "whoAddresses")).append("</h2>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> by = (List<Map<String, Object>>) d.get("addressedBy");
        for (Map<String, Object> a : by) {
            String iri = (String) a.get("iri");
            h.append("<section><h3>").append(docLink(b, iri, label(b, iri, lang))).append("</h3>");
            @SuppressWarnings("unchecked")
            List<Evidence.Item> ev = (List<Evidence.Item>) a.get("evidence");
            for (Evidence.Item e : ev) h.append(quote(e));
            h.append("</section>");
        }
        if (by.isEmpty()) h.append("<p>").append(Messages.get(lang, "noOne")).append("</p>");
        return h.append(Pages.FOOT).toString();
    }

    /** A submission: its paragraphs, every mention highlighted and linked to what it names. */
    public static String submission(Backend b, String iri, List<Map<String, Object>> paragraphs, String title, String lang) {
        Map<String, List<Evidence.Item>> bySource = new TreeMap<>();
        String submitter = null;
        var rs = b.store().select(org.apache.jena.query.QueryFactory.create(
                "SELECT ?a WHERE { <" + iri + "> <https://w3id.org/normgraph/ontology#submitter> ?a }"));
        if (rs.hasNext()) submitter = rs.next().getResource("a").getURI();
        for (Evidence.Item e : Evidence.find(b, submitter, null)) {
            if (e.submission().equals(iri)) bySource.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
        }
        StringBuilder h = new StringBuilder(Pages.head(title, lang, ""));
        h.append("<h1>").append(Pages.escape(title)).append("</h1>").append(rdfLinks("/doc/" + iri.substring(b.iris().base().length())));
        String section = null;
        for (Map<String, Object> p : paragraphs) {
            Object sec = p.get("section");
            if (sec != null && !sec.equals(section)) {
                section = (String) sec;
                h.append("<h2>").append(Pages.escape(section)).append("</h2>");
            }
            String text = (String) p.get("text");
            String piri = (String) p.get("iri");
            h.append("<p id=\"p").append(p.get("position")).append("\" lang=\"").append(Pages.escape(String.valueOf(p.get("lang")))).append("\">")
                    .append(highlight(b, text, bySource.getOrDefault(piri, List.of()), lang)).append(" <a href=\"").append(Pages.escape("/doc/" + piri.substring(b.iris().base().length())))
                    .append("\">¶").append(p.get("position")).append("</a></p>");
        }
        return h.append(Pages.FOOT).toString();
    }

    /** Text with each mention marked (offsets are code points); overlapping mentions: the first wins. */
    static String highlight(Backend b, String text, List<Evidence.Item> mentions, String lang) {
        int[] cps = text.codePoints().toArray();
        List<Evidence.Item> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Evidence.Item::start).thenComparingInt(e -> -e.end()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Evidence.Item e : sorted) {
            if (e.start() < at || e.end() > cps.length) continue;
            out.append(Pages.escape(new String(cps, at, e.start() - at)));
            String href = e.concept().startsWith(b.iris().base()) ? "/doc/" + e.concept().substring(b.iris().base().length()) : e.concept();
            out.append("<a class=\"mention\" href=\"").append(Pages.escape(href)).append("\" title=\"").append(Pages.escape(label(b, e.concept(), lang)))
                    .append("\"><mark>").append(Pages.escape(new String(cps, e.start(), e.end() - e.start()))).append("</mark></a>");
            at = e.end();
        }
        return out.append(Pages.escape(new String(cps, at, cps.length - at))).toString();
    }
}
