package org.normgraph.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.normgraph.InputError;

/**
 * Stage 1 of the pipeline: finds report folders (a folder with a manifest.json) and reads each
 * language edition's text, strictly: UTF-8 only, no binary junk, every manifest field present.
 */
public final class ReportReader {
    public static final String MANIFEST = "manifest.json";
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]+(/[A-Za-z0-9.]+)+");
    private static final Pattern RESOLUTION = Pattern.compile("[A-Z]+(/[A-Za-z0-9.]+)+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportReader() {}

    /** Report folders under the given paths: a path is a report folder or a folder of them (searched deeply). */
    public static List<Path> findReportFolders(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new InputError(p, -1, "no such file or folder");
            if (Files.isRegularFile(p) && p.getFileName().toString().equals(MANIFEST)) {
                out.add(p.toAbsolutePath().getParent());
                continue;
            }
            if (!Files.isDirectory(p)) throw new InputError(p, -1, "not a report folder (a folder with " + MANIFEST + ")");
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(f -> f.getFileName().toString().equals(MANIFEST)).map(Path::getParent).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) throw new InputError("no report folder (with a " + MANIFEST + ") under " + paths);
        return out;
    }

    /** Reads every language edition of the report in a folder. */
    public static List<ReportSource> read(Path reportFolder) {
        Path manifestFile = reportFolder.resolve(MANIFEST);
        Manifest manifest = readManifest(manifestFile);
        List<ReportSource> out = new ArrayList<>();
        for (Manifest.Edition e : manifest.editions().values()) {
            Path text = reportFolder.resolve(e.file()).normalize();
            if (!text.startsWith(reportFolder.normalize())) throw new InputError(manifestFile, -1, "edition file escapes the report folder: " + e.file());
            out.add(new ReportSource(manifest, e, text, readText(text)));
        }
        return out;
    }

    public static Manifest readManifest(Path file) {
        if (!Files.isRegularFile(file)) throw new InputError(file, -1, "missing manifest");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputError(file.toString(), loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
                    "manifest is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputError(file, -1, "cannot read manifest: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new InputError(file, 1, "manifest must be a JSON object");
        String symbol = text(root, "symbol", file, SYMBOL, "a UN document symbol such as A/76/187");
        JsonNode sessionNode = root.get("session");
        if (sessionNode == null || !sessionNode.canConvertToInt() || sessionNode.asInt() <= 0) {
            throw new InputError(file, -1, "manifest field 'session' is missing or not a positive whole number");
        }
        String agendaItem = text(root, "agendaItem", file, null, "the agenda item, such as \"96\"");
        String resolution = text(root, "resolution", file, RESOLUTION, "the resolution symbol, such as A/RES/75/32");
        JsonNode editions = root.get("editions");
        if (editions == null || !editions.isObject() || editions.isEmpty()) {
            throw new InputError(file, -1, "manifest field 'editions' is missing: an object from language tag to {file, published, sourceUrl}");
        }
        Map<String, Manifest.Edition> eds = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = editions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String lang = e.getKey();
            if (!LANGUAGE.matcher(lang).matches()) throw new InputError(file, -1, "edition key '" + lang + "' is not a language tag such as zh or en");
            JsonNode ed = e.getValue();
            if (!ed.isObject()) throw new InputError(file, -1, "edition '" + lang + "' must be an object");
            String f = text(ed, "file", file, null, "the text file of the edition", "editions." + lang + ".");
            String published = text(ed, "published", file, null, "the publication date, YYYY-MM-DD", "editions." + lang + ".");
            LocalDate date;
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException x) {
                throw new InputError(file, -1, "editions." + lang + ".published is not a date (YYYY-MM-DD): " + published);
            }
            String url = text(ed, "sourceUrl", file, null, "where the edition was published", "editions." + lang + ".");
            eds.put(lang, new Manifest.Edition(lang, f, date, url));
        }
        return new Manifest(symbol, sessionNode.asInt(), agendaItem, resolution, Map.copyOf(eds));
    }

    private static String text(JsonNode node, String field, Path file, Pattern pattern, String what) {
        return text(node, field, file, pattern, what, "");
    }

    private static String text(JsonNode node, String field, Path file, Pattern pattern, String what, String prefix) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InputError(file, -1, "manifest field '" + prefix + field + "' is missing: " + what);
        }
        String s = v.asText().trim();
        if (pattern != null && !pattern.matcher(s).matches()) {
            throw new InputError(file, -1, "manifest field '" + prefix + field + "' is not " + what + ": " + s);
        }
        return s;
    }

    /** Reads a text file as strict UTF-8 (a BOM is dropped); binary content and other encodings are refused. */
    public static String readText(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(file, -1, "cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int at = firstBadByte(bytes);
            throw new InputError(file, lineOfByte(bytes, at), "not UTF-8 text (invalid byte sequence at byte " + at + "); save the report as UTF-8");
        } catch (CharacterCodingException e) {
            throw new InputError(file, -1, "not UTF-8 text: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            else if (c < 0x20 && c != '\t' || c == 0x7f || c == '\uFFFD') {
                throw new InputError(file, line, String.format("binary or control character U+%04X: not a plain-text report", (int) c));
            }
        }
        if (text.isBlank()) throw new InputError(file, 1, "the report text is empty");
        return text;
    }

    private static int firstBadByte(byte[] bytes) {
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        return r.isError() ? in.position() : bytes.length;
    }

    private static long lineOfByte(byte[] bytes, int at) {
        long line = 1;
        for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
