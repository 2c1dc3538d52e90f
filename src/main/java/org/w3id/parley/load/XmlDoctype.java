package org.w3id.parley.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Refuses RDF/XML with a document type declaration, whatever it declares (external DTDs and entities, which the RDF/XML
 * parser would drop silently, or internal entities, which can expand without bound), whatever the file's encoding and
 * however far into the file the declaration comes.
 *
 * <p>Jena's RDF/XML reader takes its XML parser from a factory Parley cannot configure, so the file's prolog is read
 * first by the same JDK XML parser, which decodes the file exactly as the reader will (UTF-8, UTF-16, UTF-32, EBCDIC,
 * by byte order mark or XML declaration). A DOCTYPE can only come before the root element, so reading stops there:
 * the cost is the prolog, not the file. An XML error before the root element is left to the RDF/XML reader to report.
 */
final class XmlDoctype {
    private static final SAXParserFactory FACTORY = factory();

    private static SAXParserFactory factory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException ex) {
            throw new IllegalStateException("the XML parser cannot be configured safely", ex);
        }
        return factory;
    }

    /** Thrown to end the read: at the DOCTYPE (with its position) or at the root element (without). */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        final boolean doctype;
        final long line;
        final long column;

        Stop(boolean doctype, long line, long column) {
            this.doctype = doctype;
            this.line = line;
            this.column = column;
        }
    }

    static void refuse(Path file, InputStream bytes) throws IOException {
        byte[] head = bytes.readNBytes(4);
        if (head.length == 4
                && ((head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF)
                        || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0)))
            // The XML parser would read it as UTF-8 (or as UTF-16 and a NUL) and fail with a puzzling message.
            throw new ParseFailure(
                    file,
                    1,
                    1,
                    "a UTF-32 byte order mark; Parley reads RDF/XML as UTF-8, UTF-16 or what its XML declaration"
                            + " names, and UTF-32 only without a byte order mark");
        XMLReader reader;
        try {
            reader = FACTORY.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException ex) {
            throw new IllegalStateException("no XML parser", ex);
        }
        DefaultHandler2 handler = new DefaultHandler2() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startDTD(String name, String publicId, String systemId) throws SAXException {
                throw new Stop(
                        true,
                        locator == null ? -1 : locator.getLineNumber(),
                        locator == null ? -1 : locator.getColumnNumber());
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes)
                    throws SAXException {
                throw new Stop(false, -1, -1);
            }

            @Override
            public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
                // Never reached (startDTD comes first); were it reached, nothing outside the file is read.
                return new InputSource(new StringReader(""));
            }
        };
        try {
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.setContentHandler(handler);
            reader.setEntityResolver(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(new SequenceInputStream(new ByteArrayInputStream(head), bytes)));
        } catch (Stop stop) {
            if (stop.doctype)
                throw new ParseFailure(
                        file,
                        stop.line,
                        stop.column,
                        "a DOCTYPE declaration; Parley refuses DTDs and entity declarations in RDF/XML (an external one"
                                + " would read a file or URL, an internal one can expand without bound)");
        } catch (SAXException ex) {
            // Not well-formed before the root element: the RDF/XML reader says where and why.
        }
    }

    private XmlDoctype() {}
}
