package org.w3id.parley.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;

import org.w3id.parley.ParleyException;
import org.w3id.parley.sparql.SparqlFile;
import org.w3id.parley.sparql.SparqlFiles;

/** The competency queries shipped in {@code src/main/resources/queries/}, and {@code .rq} files given by path. */
public final class NamedQueries {
    /** Read once: they are part of the build, and listing a jar is not safe to repeat concurrently. */
    private static final SortedMap<String, SparqlFile> ALL =
            Collections.unmodifiableSortedMap(SparqlFiles.fromClasspath("queries"));

    public static SortedMap<String, SparqlFile> all() {
        return ALL;
    }

    /** A {@code .rq} file by path, or else a shipped query by name. */
    public static SparqlFile resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) {
            try {
                return SparqlFile.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new ParleyException(file + ": cannot read: " + ex.getMessage(), ex);
            }
        }
        SparqlFile named = all().get(nameOrFile);
        if (named != null) return named;
        throw new ParleyException("No query named '" + nameOrFile + "' and no such file. Named queries: "
                + String.join(", ", all().keySet()));
    }

    private NamedQueries() {}
}
