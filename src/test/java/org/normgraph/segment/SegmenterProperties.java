package org.normgraph.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.normgraph.InputError;
import org.normgraph.read.ReportReader;
import org.normgraph.read.ReportSource;
import org.normgraph.testing.Bundled;

/** Arbitrary input never breaks the reader and segmenter with anything but a clear InputError. */
class SegmenterProperties {
    private static final Path DIR = Bundled.tempDir("ng-prop-");

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.of("澳大利亚", "[原件：英文]", "[2021年5月31日]", "[原件: 火星文]", "国际法", "- 列表项", "¹ www.un.org", "", "各国应尽职尽责。",
                        "无名之国", "[2021年13月1日]", "三. 从国际组织收到的答复"),
                Arbitraries.strings().all().ofMaxLength(40));
        return lines.list().ofMaxSize(40).map(l -> String.join("\n", l).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void onlyInputErrors(@ForAll("inputs") byte[] text) throws IOException {
        Path folder = Files.createTempDirectory(DIR, "r");
        Files.copy(Path.of("data/reports/A-76-187/manifest.json"), folder.resolve("manifest.json"));
        Files.write(folder.resolve("zh.txt"), text);
        try {
            for (ReportSource s : ReportReader.read(folder)) {
                SegmentedEdition ed = Bundled.pipeline().segment(s);
                for (SegmentedEdition.Submission sub : ed.submissions()) {
                    if (sub.paragraphs().isEmpty()) throw new AssertionError("a submission without paragraphs was accepted");
                }
            }
        } catch (InputError expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) throw new AssertionError("an error must say what is wrong");
        }
    }
}
