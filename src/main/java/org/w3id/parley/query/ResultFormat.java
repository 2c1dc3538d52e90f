package org.w3id.parley.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** How {@code parley query} prints results. Graph results (CONSTRUCT, DESCRIBE) print as Turtle, or JSON-LD for json. */
public enum ResultFormat {
    TABLE(ResultSetLang.RS_Text, Lang.TURTLE),
    CSV(ResultSetLang.RS_CSV, Lang.TURTLE),
    TSV(ResultSetLang.RS_TSV, Lang.TURTLE),
    JSON(ResultSetLang.RS_JSON, Lang.JSONLD),
    XML(ResultSetLang.RS_XML, Lang.RDFXML);

    final Lang rows;
    final Lang graph;

    ResultFormat(Lang rows, Lang graph) {
        this.rows = rows;
        this.graph = graph;
    }

    /** The media type of result rows in this format. */
    public String mediaType() {
        return rows.getContentType().getContentTypeStr();
    }
}
