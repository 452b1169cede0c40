package org.normgraph.read;

import java.nio.file.Path;

/** One language edition of a report, read and decoded: the input of segmentation. */
public record ReportSource(Manifest manifest, Manifest.Edition edition, Path textFile, String text) {
    public String language() { return edition.language(); }
}
