package org.w3id.parley.generate;

import java.util.List;

import org.w3id.parley.Resources;

/** The generator's fixed pools, kept as tab-separated resources: one row a line, {@code #} lines are comments. */
final class Tables {

    static List<String[]> rows(String path) {
        return Resources.text(path)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .toList();
    }

    private Tables() {}
}
