package org.w3id.parley.source;

import java.util.List;
import java.util.stream.Collectors;

import org.w3id.parley.load.TextFormat;

/**
 * The TriG a new source is described in, laid out as the article's own {@code data/article/source.trig} is, for a
 * person to read and edit: one named graph with the source, the people and publisher it names that {@code data/} did
 * not have yet, and its text resource. IRIs are relative to the same base.
 */
final class SourceDescription {

    static final String PREFIXES = """
            @prefix parley:  <https://w3id.org/parley/ontology#> .
            @base            <https://w3id.org/parley/id/> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix org:     <http://www.w3.org/ns/org#> .
            @prefix schema:  <https://schema.org/> .
            @prefix cnt:     <http://www.w3.org/2011/content#> .
            """;

    static String trig(
            NewSource source,
            String slug,
            List<Named> authors,
            Named publisher,
            TextFormat format,
            String textFile,
            String shownAs) {
        StringBuilder out = new StringBuilder(PREFIXES);
        out.append("\n# ")
                .append(source.title())
                .append(": the source, who wrote and published it, and its text.\n")
                .append("# Written by `parley source add`; edit it as any other data file. The text itself lives in\n")
                .append("# ")
                .append(textFile)
                .append(". The load stores it here as cnt:chars")
                .append(
                        format == TextFormat.HTML
                                ? " (the text of the page, by the rule in\n# README.md, \"Adding a source\"),"
                                : ",\n#")
                .append(" with the parley:sha256 of the file's bytes.\n\n");
        out.append("<graph/source/").append(slug).append("> {\n\n");

        out.append("    <source/")
                .append(slug)
                .append("> a ")
                .append(types(source))
                .append(" ;\n");
        line(out, "rdfs:label", string(source.title()) + "@" + source.language());
        line(out, "schema:headline", string(source.title()));
        line(
                out,
                "schema:author",
                authors.stream().map(a -> "<" + a.path() + ">").collect(Collectors.joining(" , ")));
        line(out, "schema:publisher", "<" + publisher.path() + ">");
        line(
                out,
                "schema:datePublished",
                string(source.published().lexical()) + "^^xsd:"
                        + source.published()
                                .datatype()
                                .getURI()
                                .substring(
                                        source.published().datatype().getURI().indexOf('#') + 1));
        line(out, "schema:url", "<" + source.url() + ">");
        last(out, "dcterms:language", string(source.language()));

        for (Named author : authors) named(out, author, "parley:Person", "Author of " + quoted(source.title()) + ".");
        named(out, publisher, "org:Organization", null);

        out.append("\n    <text/").append(slug).append("> a cnt:ContentAsText , prov:Entity ;\n");
        line(
                out,
                "rdfs:label",
                string("Text of " + quoted(source.title()) + ", as published (" + shownAs + ")") + "@en");
        line(out, "dcterms:isFormatOf", "<source/" + slug + ">");
        line(out, "dcterms:format", "<" + format.iri() + ">");
        last(out, "parley:textFile", string(textFile));
        out.append("\n    <").append(format.iri()).append("> a dcterms:IMT ;\n");
        last(out, "rdfs:label", string(format.mediaType()));
        return out.append("}\n").toString();
    }

    /** schema:CreativeWork is always there: it is what the shapes check a source as. */
    private static String types(NewSource source) {
        return source.type()
                .filter(t -> !t.equals("CreativeWork"))
                .map(t -> "schema:" + t + " , schema:CreativeWork , prov:Entity")
                .orElse("schema:CreativeWork , prov:Entity");
    }

    private static void named(StringBuilder out, Named named, String type, String comment) {
        if (!named.isNew()) {
            out.append("\n    # <")
                    .append(named.path())
                    .append(">, ")
                    .append(named.label())
                    .append(", is described in ")
                    .append(named.describedIn())
                    .append(".\n");
            return;
        }
        out.append("\n    <").append(named.path()).append("> a ").append(type).append(" ;\n");
        if (comment == null) last(out, "rdfs:label", string(named.label()) + "@en");
        else {
            line(out, "rdfs:label", string(named.label()) + "@en");
            last(out, "rdfs:comment", string(comment) + "@en");
        }
    }

    private static void line(StringBuilder out, String property, String value) {
        out.append("        ").append(property).append(' ').append(value).append(" ;\n");
    }

    private static void last(StringBuilder out, String property, String value) {
        out.append("        ").append(property).append(' ').append(value).append(" .\n");
    }

    private static String quoted(String title) {
        return "“" + title + "”";
    }

    /** A Turtle string; the values have no control characters but tab, which is escaped with the rest. */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private SourceDescription() {}
}
