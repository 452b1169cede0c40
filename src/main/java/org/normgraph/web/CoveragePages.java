package org.normgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.normgraph.search.SearchIndex;
import org.normgraph.serve.Backend;
import org.normgraph.serve.api.MatrixApi;

/** The coverage heatmap (/matrix, /matrix.svg) and the search page (/search). */
public final class CoveragePages {
    public static final List<String> COLUMNS = List.of("norms", "principles", "cbms");

    private CoveragePages() {}

    private static String colour(int n, int max) {
        if (n == 0) return "#ffffff";
        double t = Math.sqrt(n / (double) Math.max(1, max));
        int g = (int) Math.round(235 - 160 * t);
        int bl = (int) Math.round(245 - 120 * t);
        return String.format("#%02x%02x%02x", (int) Math.round(225 - 200 * t), g, bl);
    }

    @SuppressWarnings("unchecked")
    private static String label(Map<String, Object> m, String lang) {
        Map<String, String> l = (Map<String, String>) m.get("labels");
        return l.getOrDefault(lang, l.getOrDefault("en", String.valueOf(m.get("notation"))));
    }

    /** Row order: by a column's count (?sort=13c), by total (?sort=total), else by code. */
    static List<Integer> order(MatrixApi.Matrix m, String sort) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) rows.add(r);
        int col = -1;
        for (int c = 0; c < m.columns().size(); c++) if (String.valueOf(m.columns().get(c).get("notation")).equals(sort)) col = c;
        final int sc = col;
        if (sc >= 0) rows.sort(Comparator.comparingInt((Integer r) -> -m.cells()[r][sc]));
        else if ("total".equals(sort)) rows.sort(Comparator.comparingInt((Integer r) -> -java.util.Arrays.stream(m.cells()[r]).sum()));
        return rows;
    }

    public static String matrix(Backend b, String cols, String sort, String lang) {
        MatrixApi.Matrix m = MatrixApi.compute(b, cols);
        int max = 1;
        for (int[] row : m.cells()) for (int v : row) max = Math.max(max, v);
        StringBuilder h = new StringBuilder(Pages.head("Coverage", lang, ""));
        h.append("<h1>").append(Messages.get(lang, "coverage")).append("</h1><p>");
        for (String c : COLUMNS) {
            h.append(c.equals(cols) ? "<b>" + c + "</b>" : "<a href=\"/matrix?cols=" + c + "\">" + c + "</a>").append(" ");
        }
        h.append("· <a href=\"/api/matrix?rows=states&amp;cols=").append(cols).append("&amp;format=csv\">CSV</a> · <a href=\"/matrix.svg?cols=")
                .append(cols).append("\">SVG</a></p>");
        h.append("<table class=\"heatmap\"><caption>").append(Messages.get(lang, "coverageCaption"))
                .append("</caption><thead><tr><th scope=\"col\"><a href=\"/matrix?cols=").append(cols).append("\">actor</a></th>");
        for (Map<String, Object> c : m.columns()) {
            String n = String.valueOf(c.get("notation"));
            h.append("<th scope=\"col\" title=\"").append(Pages.escape(label(c, lang))).append("\"><a href=\"/matrix?cols=").append(cols).append("&amp;sort=")
                    .append(Pages.escape(n)).append("\">").append(Pages.escape(n)).append("</a></th>");
        }
        h.append("<th scope=\"col\"><a href=\"/matrix?cols=").append(cols).append("&amp;sort=total\">total</a></th></tr></thead><tbody>");
        for (int r : order(m, sort)) {
            Map<String, Object> row = m.rows().get(r);
            String code = String.valueOf(row.get("code"));
            String doc = String.valueOf(row.get("doc"));
            h.append("<tr><th scope=\"row\"><a href=\"").append(Pages.escape(doc)).append("\">").append(Pages.escape(label(row, lang))).append("</a></th>");
            int total = 0;
            for (int c = 0; c < m.columns().size(); c++) {
                int v = m.cells()[r][c];
                total += v;
                String n = String.valueOf(m.columns().get(c).get("notation"));
                h.append("<td style=\"background:").append(colour(v, max)).append("\">");
                if (v > 0) {
                    h.append("<a class=\"cell\" href=\"").append(Pages.escape(doc)).append("#").append(cols).append("-").append(Pages.escape(n))
                            .append("\" aria-label=\"").append(Pages.escape(code + " " + n + ": " + v)).append("\">").append(v).append("</a>");
                }
                h.append("</td>");
            }
            h.append("<td>").append(total).append("</td></tr>");
        }
        return h.append("</tbody></table>").append(Pages.FOOT).toString();
    }

    public static String svg(Backend b, String cols, String lang) {
        MatrixApi.Matrix m = MatrixApi.compute(b, cols);
        int max = 1;
        for (int[] row : m.cells()) for (int v : row) max = Math.max(max, v);
        int cw = 44, ch = 24, left = 220, top = 80;
        int w = left + cw * m.columns().size() + 10, hgt = top + ch * m.rows().size() + 10;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + hgt + "\" font-family=\"sans-serif\" font-size=\"12\">");
        for (int c = 0; c < m.columns().size(); c++) {
            s.append("<text transform=\"translate(").append(left + c * cw + cw / 2).append(",").append(top - 6).append(") rotate(-45)\">")
                    .append(Pages.escape(String.valueOf(m.columns().get(c).get("notation")))).append("</text>");
        }
        for (int r = 0; r < m.rows().size(); r++) {
            s.append("<text x=\"4\" y=\"").append(top + r * ch + 16).append("\">").append(Pages.escape(label(m.rows().get(r), lang))).append("</text>");
            for (int c = 0; c < m.columns().size(); c++) {
                int v = m.cells()[r][c];
                s.append("<rect x=\"").append(left + c * cw).append("\" y=\"").append(top + r * ch).append("\" width=\"").append(cw - 2).append("\" height=\"")
                        .append(ch - 2).append("\" fill=\"").append(colour(v, max)).append("\" stroke=\"#ccc\"/>");
                if (v > 0) s.append("<text x=\"").append(left + c * cw + 14).append("\" y=\"").append(top + r * ch + 16).append("\">").append(v).append("</text>");
            }
        }
        return s.append("</svg>").toString();
    }

    public static String search(Backend b, SearchIndex index, String q, String lang) {
        StringBuilder h = new StringBuilder(Pages.head("Search", lang, ""));
        h.append("<h1>").append(Messages.get(lang, "search")).append("</h1><form action=\"/search\" method=\"get\" role=\"search\"><label for=\"q\">")
                .append(Messages.get(lang, "searchLabel")).append("</label> <input id=\"q\" name=\"q\" value=\"")
                .append(Pages.escape(q == null ? "" : q)).append("\" maxlength=\"500\"> <button type=\"submit\">").append(Messages.get(lang, "search")).append("</button></form>");
        if (q != null && !q.isBlank() && q.length() <= 500) {
            SearchIndex.Page r = index.search(new SearchIndex.Request(q.strip(), null, null, 0, 50));
            h.append("<p>").append(r.total()).append((" " + Messages.get(lang, "results"))).append("</p><ol class=\"results\">");
            for (SearchIndex.Hit hit : r.hits()) {
                String href = hit.iri().startsWith(b.iris().base()) ? "/doc/" + hit.iri().substring(b.iris().base().length()) : hit.iri();
                String who = hit.kind().equals("concept") ? Messages.get(lang, "concept")
                        : hit.submitter() == null ? href // front-matter footnotes belong to no submitter
                        : b.catalog().get(hit.submitter()).map(c -> c.label(lang)).orElse(hit.submitter());
                // The snippet is HTML-escaped by the index; only its <mark> elements are markup.
                h.append("<li><a href=\"").append(Pages.escape(href)).append("\">").append(Pages.escape(who)).append("</a>: <span lang=\"")
                        .append(Pages.escape(hit.lang())).append("\">").append(hit.snippet()).append("</span></li>");
            }
            h.append("</ol>");
        }
        return h.append(Pages.FOOT).toString();
    }
}
