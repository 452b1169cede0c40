package org.normgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The words of the pages, per language, from web/messages_{lang}.properties (English when missing). */
final class Messages {
    private static final Map<String, Properties> BY_LANG = new ConcurrentHashMap<>();

    private Messages() {}

    static String get(String lang, String key) {
        String v = load(lang).getProperty(key);
        return v != null ? v : load("en").getProperty(key, key);
    }

    private static Properties load(String lang) {
        return BY_LANG.computeIfAbsent(lang, l -> {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("web/messages_" + l + ".properties")) {
                if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
