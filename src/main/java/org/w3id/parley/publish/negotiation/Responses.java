package org.w3id.parley.publish.negotiation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.PrefixMappingUtils;
import org.w3id.parley.Sha256;

/**
 * Writes a negotiated representation: {@code Vary: Accept}, a strong {@code ETag} from the body's digest
 * (so it is right whatever changed), {@code 304} on a matching {@code If-None-Match}, {@code Content-Location}
 * naming the representation, and {@code Link: rel=alternate} for the others.
 */
public final class Responses {
    private Responses() {}

    /**
     * Writes {@code dataset} as {@code format}: TriG the whole dataset, the other formats its default graph.
     * Only the prefixes in use are declared.
     */
    public static byte[] rdf(DatasetGraph dataset, Representation format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == Representation.TRIG) {
            Graph all = GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(quad -> all.add(quad.asTriple()));
            PrefixMapping used = PrefixMappingUtils.calcInUsePrefixMappingTTL(all, asMapping(dataset.prefixes()));
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            dataset.find().forEachRemaining(copy::add);
            used.getNsPrefixMap().forEach(copy.prefixes()::add);
            RDFDataMgr.write(out, copy, format.writer());
        } else {
            RDFDataMgr.write(
                    out, PrefixMappingUtils.graphInUsePrefixMapping(dataset.getDefaultGraph()), format.writer());
        }
        return out.toByteArray();
    }

    public static byte[] html(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends {@code body} as {@code format} of the resource at {@code path}, offered in {@code formats}. */
    public static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            String path,
            Representation format,
            List<Representation> formats,
            byte[] body)
            throws IOException {
        send(request, response, key -> path + "?format=" + key, format, formats, body);
    }

    /** As above, where {@code urlFor} gives the URL of the representation with a {@code ?format=} key. */
    public static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            Function<String, String> urlFor,
            Representation format,
            List<Representation> formats,
            byte[] body)
            throws IOException {
        String etag = "\"" + digest(format.mediaType(), body) + "\"";
        varyOnAccept(response);
        response.setHeader("ETag", etag);
        response.setHeader("Content-Location", urlFor.apply(format.key()));
        if (formats.size() > 1)
            response.addHeader(
                    "Link",
                    formats.stream()
                            .filter(f -> f != format)
                            .map(f -> "<" + urlFor.apply(f.key()) + ">; rel=\"alternate\"; type=\"" + f.mediaType()
                                    + "\"")
                            .collect(Collectors.joining(", ")));
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (format != Representation.HTML)
            // A browser saving what it cannot show names the file after the path: "russia", with no extension.
            response.setHeader(
                    "Content-Disposition", "inline; filename=\"" + fileName(urlFor.apply(format.key()), format) + "\"");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType() + "; charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** The last segment of the URL's path (or {@code parley} for the root) with the format's extension. */
    static String fileName(String url, Representation format) {
        String path = url.replaceFirst("[?#].*", "");
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return (name.isEmpty() ? "parley" : name) + "."
                + (format == Representation.RESULTS_TABLE ? "txt" : format.key());
    }

    /**
     * Adds {@code Accept} to the answer's {@code Vary}, keeping what is there: the compression in front of the servlets
     * has put {@code Accept-Encoding} in already.
     */
    public static void varyOnAccept(HttpServletResponse response) {
        Set<String> vary = new LinkedHashSet<>();
        for (String header : response.getHeaders("Vary"))
            for (String token : header.split(",", -1)) if (!token.isBlank()) vary.add(token.strip());
        if (vary.stream().anyMatch(token -> token.equalsIgnoreCase("Accept") || token.equals("*"))) return;
        vary.add("Accept");
        response.setHeader("Vary", String.join(", ", vary));
    }

    /** 503: a query the page needed ran out of the server's time (its timeout), which a later request may not. */
    public static void cancelled(HttpServletResponse response) throws IOException {
        plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The query took too long and was cancelled.");
    }

    public static void plain(HttpServletResponse response, int status, String message) throws IOException {
        error(
                response,
                status,
                "text/plain",
                (message.endsWith("\n") ? message : message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** An answer other than 200, as {@code mediaType} in UTF-8: no ETag, since it is no representation of the resource. */
    public static void error(HttpServletResponse response, int status, String mediaType, byte[] body)
            throws IOException {
        response.setStatus(status);
        varyOnAccept(response);
        response.setContentType(mediaType + "; charset=utf-8");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }

    private static PrefixMapping asMapping(PrefixMap prefixes) {
        PrefixMapping mapping = PrefixMapping.Factory.create();
        prefixes.forEach(mapping::setNsPrefix);
        return mapping;
    }

    static String digest(String mediaType, byte[] body) {
        return Sha256.prefix(16, mediaType.getBytes(StandardCharsets.UTF_8), body);
    }
}
