package org.w3id.parley.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The text of an HTML source, the one quotes are found in: the rule the README gives, case by case. */
class HtmlTextTest {

    @Test
    void blocksAreParagraphsSeparatedByOneBlankLineAndWhiteSpaceInsideCollapses() {
        assertEquals(
                "Title\n\nFirst paragraph, on two lines.\n\nSecond.",
                HtmlText.of(
                        "<h1> Title </h1>\n\n\n<p>First   paragraph,\n\t on two lines.</p><div><p>Second.</p></div>"));
    }

    @Test
    void textBeforeAndAfterANestedBlockIsAParagraphOfItsOwn() {
        assertEquals("before\n\ninside\n\nafter", HtmlText.of("<div>before<p>inside</p>after</div>"));
        assertEquals("one\n\ntwo", HtmlText.of("<ul><li>one</li><li>two</li></ul>"));
    }

    @Test
    void brIsALineFeedWithoutTheWhiteSpaceAroundIt() {
        assertEquals("line one\nline two", HtmlText.of("<p>line one <br>\n   line two</p>"));
        assertEquals("a\n\nb", HtmlText.of("<p><br>a<br></p><p>b<br><br></p>"), "breaks at a paragraph's ends");
    }

    @Test
    void entitiesAreDecodedAndANoBreakSpaceIsASpaceThatNeverCollapses() {
        assertEquals("Q&A <now>", HtmlText.of("<p>Q&amp;A &lt;now&gt;</p>"));
        assertEquals("a  b", HtmlText.of("<p>a&nbsp; b</p>"), "the no-break space stays, the space after it too");
        assertEquals("x ", HtmlText.of("<p>x&nbsp;</p>"), "and is not trimmed");
    }

    @Test
    void nestedInlineMarkupAddsItsTextAndNothingElse() {
        assertEquals(
                "the talks would resume on Monday",
                HtmlText.of(
                        "<p>the <em>talks <strong>would</strong></em> re<span>sume</span> on <a href=x>Monday</a></p>"));
    }

    @Test
    void headScriptStyleTemplateAndCommentsAreNotText() {
        assertEquals(
                "Visible.",
                HtmlText.of("<html><head><title>T</title><style>p{}</style></head><body><!-- hidden -->"
                        + "<script>var s = '<p>no</p>';</script><p>Visible.</p><template><p>no</p></template>"
                        + "<noscript>no</noscript></body></html>"));
    }

    @Test
    void preKeepsItsWhiteSpace() {
        assertEquals("Said:\n\n  a   b\n    c", HtmlText.of("<p>Said:</p><pre>  a   b\n    c\n</pre>"));
    }

    @Test
    void nonAsciiTextIsKeptAsCodePoints() {
        String text = HtmlText.of("<p>Zürich 🕊 “talks”</p><p>&#x1F54A; &eacute;</p>");
        assertEquals("Zürich 🕊 “talks”\n\n🕊 é", text);
        assertEquals(16, text.codePointCount(0, text.indexOf('\n')), "the dove is one code point");
        assertEquals(17, text.indexOf('\n'), "and two Java chars");
    }

    @Test
    void aPageWithoutTextIsRefusedNamingTheFile() {
        ParseFailure refused = assertThrows(
                ParseFailure.class,
                () -> HtmlText.of(Path.of("empty.html"), "<html><head><title>x</title></head></html>"));
        assertTrue(refused.getMessage().startsWith("empty.html: no text in this HTML"), refused::getMessage);
        assertThrows(ParseFailure.class, () -> HtmlText.of(Path.of("blank.html"), ""));
    }

    @Test
    void aPageThatSaysItIsNotUtf8IsRefusedWhereItSaysSo() {
        ParseFailure refused = assertThrows(
                ParseFailure.class,
                () -> HtmlText.of(
                        Path.of("latin.html"),
                        "<html>\n<head>\n  <meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                                + "</head><body><p>x</p></body></html>"));
        assertEquals(3, refused.line(), refused::getMessage);
        assertEquals(3, refused.column(), refused::getMessage);
        assertTrue(refused.getMessage().contains("charset is iso-8859-1"), refused::getMessage);
        assertEquals("x", HtmlText.of("<meta charset=UTF-8><p>x</p>"));
    }

    @Test
    void theFixturePageHasTheTextTheReadmeRuleGives() {
        String html =
                new String(SourceText.read(Path.of("src/test/resources/fixtures/sources/talks.html"), TextFormat.HTML)
                        .chars());
        assertEquals(
                "Talks resume in Geneva\n\nThe envoy said the talks would resume on Monday & last a whole week.\n\n"
                        + "Délégués from Zürich agreed: “no deal before spring” 🕊.\nObservers were not so sure.",
                html);
    }

    @Test
    void theReadmesExampleIsRight() {
        assertEquals(
                "Talks\n\nThe envoy said the talks would resume & last.\nObservers doubted it.",
                HtmlText.of("<h1>Talks</h1><p>The envoy said the <em>talks</em>\n  would resume &amp; last.<br>"
                        + " Observers doubted it.</p>"));
    }

    @Test
    void aDeeplyNestedPageIsWalkedWithoutRecursion() {
        String html = "<div>".repeat(5_000) + "deep" + "</div>".repeat(5_000);
        assertEquals("deep", HtmlText.of(html));
    }
}
