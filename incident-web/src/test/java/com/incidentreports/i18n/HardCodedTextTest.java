package com.incidentreports.i18n;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fails the build on a word written into a page instead of taken from the message bundle, as Spring PetClinic's
 * template test does: every text of every Facelets file, and every attribute a person reads (a title, a
 * placeholder, a button's value, a column's header...), may hold letters only inside an expression such as
 * {@code #{i18n['key']}}.
 */
class HardCodedTextTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** Attributes whose value a person reads or hears, on any element. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "label", "itemLabel",
            "header", "headerText", "footerText", "aria-label", "message", "summary", "emptyMessage", "tooltip",
            "requiredMessage", "validatorMessage", "converterMessage", "noSelectionLabel", "emptyLabel",
            "currentPageReportTemplate", "data-copied-label", "legend", "caption", "buttonText");

    /** Elements whose {@code value} is shown as their text. */
    private static final Set<String> VALUE_SHOWN = Set.of("p:commandButton", "h:commandButton", "p:commandLink",
            "h:commandLink", "p:button", "p:linkButton", "h:button", "h:link", "p:outputLabel",
            "h:outputLabel", "h:outputText", "h:outputFormat", "p:tab", "p:menuitem");

    /** Input elements of HTML whose value is their label. */
    private static final Set<String> BUTTON_TYPES = Set.of("submit", "button", "reset");

    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void everyVisibleWordOfEveryPageComesFromTheBundle() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(PAGES)) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertFalse(pages.isEmpty(), "No pages under " + PAGES.toAbsolutePath());
        List<String> found = new ArrayList<>();
        DocumentBuilder parser = parser();
        for (Path page : pages) {
            Document document = parse(parser, page);
            visit(document.getDocumentElement(), PAGES.relativize(page).toString(), found);
        }
        assertTrue(found.isEmpty(), "Words written into pages instead of messages.properties:\n  "
                + String.join("\n  ", found));
    }

    @Test
    void findsAWordWrittenIntoAPage() throws Exception {
        List<String> found = new ArrayList<>();
        Document document = parser().parse(new java.io.ByteArrayInputStream(("""
                <div xmlns:p="http://primefaces.org/ui"><p>#{i18n['a']} Save</p><p:commandButton value="Go"/>
                <input placeholder="#{i18n['b']}"/><span title="Help">#{x} · …</span></div>""")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        visit(document.getDocumentElement(), "sample", found);
        assertTrue(found.size() == 3, found.toString());
    }

    private static void visit(Element element, String page, List<String> found) {
        String name = element.getTagName();
        if (name.equals("script") || name.equals("style") || name.equals("h:outputScript")) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getName();
            boolean read = READ_ATTRIBUTES.contains(attributeName)
                    || attributeName.equals("value") && (VALUE_SHOWN.contains(name)
                            || name.equals("input") && BUTTON_TYPES.contains(element.getAttribute("type")));
            if (read && hasLiteralWords(attribute.getValue())) {
                found.add(page + ": <" + name + " " + attributeName + "=\"" + attribute.getValue() + "\">");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                visit((Element) child, page, found);
            } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
                    && hasLiteralWords(child.getNodeValue())) {
                found.add(page + ": text \"" + child.getNodeValue().strip() + "\" in <" + name + ">");
            }
        }
    }

    /** An address shown as it is ("/services/checkout"): a path is not a word to translate. */
    private static final Pattern ADDRESS = Pattern.compile("/[\\w\\-/.]*");

    private static boolean hasLiteralWords(String text) {
        String literal = EXPRESSION.matcher(text).replaceAll("").strip();
        return LETTER.matcher(literal).find() && !ADDRESS.matcher(literal).matches();
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder();
    }

    private static Document parse(DocumentBuilder parser, Path page) throws IOException {
        try {
            return parser.parse(page.toFile());
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError(page + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
