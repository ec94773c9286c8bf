package org.permitdesk.account.request;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail to plain text as a person sees it: one line per {@code <br>}, paragraph, div, list item and
 * table row; table cells separated by a tab; text inside {@code <blockquote>} marked {@code > } like quoted mail.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "section", "article", "header",
            "footer", "hr", "tbody", "thead", "center", "form", "fieldset");

    private HtmlText() {
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select("head, script, style, title, noscript, template").remove();
        Writer writer = new Writer();
        NodeTraversor.traverse(writer, document.body());
        return writer.text();
    }

    /** Walks the tree once, writing text with line breaks where the blocks are. */
    private static final class Writer implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private int quoteDepth;
        private int preDepth;
        private boolean lineHasText;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode) {
                write(((TextNode) node).getWholeText());
            } else if (node instanceof Element) {
                String tag = ((Element) node).normalName();
                if (tag.equals("br")) {
                    newLine();
                } else if (BLOCKS.contains(tag)) {
                    endLine();
                } else if ((tag.equals("td") || tag.equals("th")) && lineHasText) {
                    text.append('\t');
                }
                quoteDepth += tag.equals("blockquote") ? 1 : 0;
                preDepth += tag.equals("pre") ? 1 : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element) {
                String tag = ((Element) node).normalName();
                if (BLOCKS.contains(tag)) {
                    endLine();
                }
                quoteDepth -= tag.equals("blockquote") ? 1 : 0;
                preDepth -= tag.equals("pre") ? 1 : 0;
            }
        }

        private void write(String raw) {
            String cleaned = raw.replace('\u00a0', ' ').replace("\u200b", "");
            if (preDepth > 0) {
                String[] lines = cleaned.split("\r?\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        newLine();
                    }
                    append(lines[i]);
                }
                return;
            }
            String collapsed = cleaned.replaceAll("\\s+", " ");
            append(lineHasText ? collapsed : collapsed.stripLeading());
        }

        private void append(String part) {
            if (part.isEmpty()) {
                return;
            }
            if (!lineHasText) {
                text.append("> ".repeat(quoteDepth));
                lineHasText = true;
            }
            text.append(part);
        }

        /** A {@code <br>}: always a new line, so two of them leave a blank line. */
        private void newLine() {
            if (!lineHasText) {
                text.append("> ".repeat(quoteDepth).stripTrailing());
            }
            text.append('\n');
            lineHasText = false;
        }

        /** A block boundary: a new line unless one has just started. */
        private void endLine() {
            if (lineHasText) {
                text.append('\n');
                lineHasText = false;
            }
        }

        String text() {
            return text.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
