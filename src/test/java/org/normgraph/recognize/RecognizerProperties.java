package org.normgraph.recognize;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.normgraph.testing.Bundled;

/** Whatever the text, recognition never fails and every mention quotes its text exactly at its offsets. */
class RecognizerProperties {
    @Provide
    Arbitrary<String> texts() {
        // Real labels mixed with arbitrary Unicode (surrogate pairs, combining marks, punctuation) and whitespace.
        Arbitrary<String> labels = Arbitraries.of("国际人道法", "关键基础设施", "尽职尽责", "规范13(c)", "A/70/174", "第 75/32 号决议",
                "international humanitarian law", "knowingly allow their territory", "www.un.org/x", "、", "。", "𠀀", "e\u0301", "\uFEFF");
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(12);
        return Arbitraries.oneOf(labels, noise).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void mentionsQuoteTheirText(@ForAll("texts") String text, @ForAll("langs") String lang) {
        List<Mention> ms = Bundled.pipeline().recognizer().recognize(text, lang);
        for (Mention m : ms) {
            if (m.start() < 0 || m.end() > text.length() || m.start() >= m.end()) throw new AssertionError("offsets " + m);
            if (!text.substring(m.start(), m.end()).equals(m.quote())) throw new AssertionError("quote " + m);
        }
    }

    @Provide
    Arbitrary<String> langs() {
        return Arbitraries.of("zh", "en");
    }
}
