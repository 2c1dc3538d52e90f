package org.w3id.parley.load;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an HTML source, the one its quotes are found in and its offsets count in: what a reader sees, laid out
 * as plain text by one fixed rule (README, "Adding a source").
 *
 * <ul>
 *   <li>{@code head}, {@code script}, {@code style}, {@code template} and {@code noscript} are dropped, as are comments;
 *   <li>each block element ({@link #BLOCKS}) starts and ends a paragraph; paragraphs are separated by one blank line;
 *   <li>inside a paragraph, runs of HTML white space (space, tab, line feed, form feed, carriage return) are one space,
 *       and a paragraph or line neither starts nor ends with one, as a browser renders them;
 *   <li>{@code <br>} is a line feed;
 *   <li>{@code <pre>} keeps its white space as written;
 *   <li>a no-break space (U+00A0, written {@literal &}nbsp;) is an ordinary space that is never collapsed or trimmed: a reader sees a space, and
 *       whoever types a quote types one;
 *   <li>character references are decoded ({@literal &}amp; is one ampersand); images and other elements without text add
 *       nothing.
 * </ul>
 *
 * The document is parsed from the file's own characters with no base URI, so nothing is ever fetched.
 */
final class HtmlText {
    /** The elements that make paragraphs: HTML's block-level content, list items, table rows and cells. */
    static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "html",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");

    private static final Set<String> DROPPED = Set.of("head", "script", "style", "template", "noscript");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\\s\"';]+)");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private boolean pendingSpace;

    /** The text of the HTML document {@code html}, read from {@code file}; refused when it holds none. */
    static String of(Path file, String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        // A byte-order mark is not part of the document; the parser would keep it as text.
        Document document = parser.parseInput(html.startsWith("\uFEFF") ? html.substring(1) : html, "");
        requireUtf8(file, document);
        HtmlText text = new HtmlText();
        text.walk(document);
        text.endParagraph();
        String result = String.join("\n\n", text.paragraphs);
        if (result.isEmpty())
            throw new ParseFailure(
                    file,
                    -1,
                    -1,
                    "no text in this HTML (after dropping head, script and style): nothing a quote could point into;"
                            + " a text/html source must be an HTML page with text");
        return result;
    }

    /** The text of {@code html}, for tests. */
    static String of(String html) {
        return of(Path.of("test.html"), html);
    }

    /**
     * The file is read as UTF-8 whatever it says; a page that declares another charset would have its text read
     * wrong, silently, so it is refused where it says so.
     */
    private static void requireUtf8(Path file, Document document) {
        for (Element meta : document.select("meta[charset], meta[http-equiv], meta[content]")) {
            Optional<String> declared = meta.hasAttr("charset")
                    ? Optional.of(meta.attr("charset").strip())
                    : charsetIn(meta.attr("content"));
            if (declared.isPresent() && !isUtf8(declared.get()))
                throw new ParseFailure(
                        file,
                        meta.sourceRange().start().lineNumber(),
                        meta.sourceRange().start().columnNumber(),
                        "the page says its charset is " + declared.get()
                                + ", but a source text must be UTF-8; convert the file to UTF-8 and say so");
        }
    }

    private static Optional<String> charsetIn(String content) {
        Matcher charset = CHARSET.matcher(content);
        return charset.find() ? Optional.of(charset.group(1)) : Optional.empty();
    }

    private static boolean isUtf8(String name) {
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
            return false;
        }
    }

    /**
     * Walks the document without recursion (a page may nest deeply): a block ends the paragraph before it on the way
     * in and its own on the way out.
     */
    private void walk(Document document) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            if (isInPre(text)) appendVerbatim(text.getWholeText());
                            else appendCollapsed(text.getWholeText());
                        } else if (node instanceof Element element) {
                            String name = element.normalName();
                            if (DROPPED.contains(name)) return FilterResult.SKIP_ENTIRELY;
                            if (name.equals("br")) {
                                paragraph.append('\n');
                                pendingSpace = false;
                            } else if (BLOCKS.contains(name)) endParagraph();
                        }
                        return FilterResult.CONTINUE; // comments, the doctype: no text
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) endParagraph();
                        return FilterResult.CONTINUE;
                    }
                },
                document);
    }

    private static boolean isInPre(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent())
            if (parent.normalName().equals("pre") || parent.normalName().equals("textarea")) return true;
        return false;
    }

    private void appendCollapsed(String text) {
        text.codePoints().forEach(c -> {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
                pendingSpace = true;
                return;
            }
            if (pendingSpace && !paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) != '\n')
                paragraph.append(' ');
            pendingSpace = false;
            paragraph.appendCodePoint(c == '\u00A0' ? ' ' : c);
        });
    }

    private void appendVerbatim(String text) {
        if (pendingSpace && !paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) != '\n')
            paragraph.append(' ');
        pendingSpace = false;
        paragraph.append(text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' '));
    }

    /** Closes the paragraph being written; line breaks at its ends are not text, and an empty one is not kept. */
    private void endParagraph() {
        int start = 0;
        int end = paragraph.length();
        while (start < end && paragraph.charAt(start) == '\n') start++;
        while (end > start && paragraph.charAt(end - 1) == '\n') end--;
        if (start < end) paragraphs.add(paragraph.substring(start, end));
        paragraph.setLength(0);
        pendingSpace = false;
    }

    private HtmlText() {}
}
