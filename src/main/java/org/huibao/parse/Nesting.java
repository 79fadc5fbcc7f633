package org.huibao.parse;

import org.huibao.api.HeadingKind;
import org.huibao.api.NodeType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the headings read from the body into a tree: levels, parents, scopes and enumeration runs;
 * then the innermost enclosing heading of every block and sentence.
 */
final class Nesting {

    private Nesting() {
    }

    /** Levels, parents, scopes and enumeration runs of the headings (given in document order). */
    static void nest(List<Draft> headings, int bodyEnd) {
        Deque<Draft> open = new ArrayDeque<>();
        Draft lastEnum = null;
        int runs = 0;
        for (Draft h : headings) {
            if (h.kind == HeadingKind.ENUMERATION) {
                while (!open.isEmpty() && open.peek().scopeEndKnown && open.peek().scopeEnd <= h.start) {
                    open.pop();
                }
                Draft parent = open.peek();
                h.parent = parent;
                h.level = (parent == null ? 0 : parent.level) + 1;
                boolean continues = lastEnum != null && lastEnum.parent == parent && lastEnum.style == h.style
                        && h.ordinalValue != 1
                        && (!lastEnum.midParagraph || lastEnum.paragraph == h.paragraph);
                h.run = continues ? lastEnum.run : ++runs;
                if (continues) {
                    h.midParagraph = lastEnum.midParagraph;
                }
                lastEnum = h;
                continue;
            }
            if (h.kind == HeadingKind.UNNUMBERED) {
                Draft numbered = null;
                for (Draft d : open) {
                    // an item told in its paragraph ("1．舆论引导。围绕…") holds no heading of a line
                    // of its own: "差距不足" after a list of such items opens a part beside the list
                    if (d.kind == HeadingKind.NUMBERED && !d.inline) {
                        numbered = d;
                        break;
                    }
                }
                h.level = numbered == null ? 1 : numbered.level + 1;
                // a government work report's parts are named without numbers ("2025年工作回顾", "2026年工作安排"),
                // each over its own run of （一）…: an un-numbered heading after such a run names the next part,
                // beside the one over the run, not a heading inside its last item
                if (numbered != null && numbered.parent != null && numbered.parent.kind == HeadingKind.UNNUMBERED
                        && !numbered.parent.headlineGoesOn && !h.headlineGoesOn) {
                    h.level = numbered.parent.level;
                }
                if (h.headlineGoesOn) {
                    // below the headline's first line, beside its other lines
                    Draft first = open.peek();
                    while (first != null && first.headlineGoesOn) {
                        first = first.parent;
                    }
                    if (first != null && first.kind == HeadingKind.UNNUMBERED) {
                        h.level = first.level + 1;
                    }
                }
            }
            while (!open.isEmpty() && open.peek().level >= h.level) {
                Draft closed = open.pop();
                closed.scopeEnd = h.start;
                closed.scopeEndKnown = true;
            }
            h.parent = open.peek();
            open.push(h);
        }
        for (Draft d : open) {
            if (!d.scopeEndKnown) {
                d.scopeEnd = bodyEnd;
                d.scopeEndKnown = true;
            }
        }
        enumerationScopes(headings, bodyEnd);
    }

    private static void enumerationScopes(List<Draft> headings, int bodyEnd) {
        // An item ends at the next heading that is not an enumeration item or is the next item of
        // its own run. Both are found in one backward pass: a forward search from every item was
        // quadratic in a long stretch of items that each start a run of their own.
        int n = headings.size();
        int[] stop = new int[n];
        int nextOther = -1;
        Map<Integer, Integer> nextOfRun = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            Draft h = headings.get(i);
            if (h.kind != HeadingKind.ENUMERATION) {
                stop[i] = -1;
                nextOther = i;
                continue;
            }
            Integer sameRun = nextOfRun.get(h.run);
            stop[i] = sameRun == null ? nextOther : nextOther < 0 ? sameRun : Math.min(sameRun, nextOther);
            nextOfRun.put(h.run, i);
        }
        for (int i = 0; i < n; i++) {
            Draft h = headings.get(i);
            if (h.kind != HeadingKind.ENUMERATION) {
                continue;
            }
            int end = h.parent == null ? bodyEnd : h.parent.scopeEnd;
            if (stop[i] >= 0) {
                end = Math.min(end, headings.get(stop[i]).start);
            }
            // An item is its own paragraph (or, inside a paragraph, up to the next item): what follows
            // the last item of a run is the report going on, not more of that item.
            if (h.paragraph != null) {
                end = Math.min(end, h.paragraph.end);
            }
            h.scopeEnd = Math.max(end, h.end);
        }
    }

    /** Innermost enclosing heading of every block and sentence (given sorted), by one sweep in document order. */
    static void assignSections(List<Draft> drafts) {
        Deque<Draft> open = new ArrayDeque<>();
        int paragraphs = 0;
        for (Draft d : drafts) {
            if (d.type == NodeType.PARAGRAPH) {
                d.index = paragraphs++;
            }
            while (!open.isEmpty() && open.peek().scopeEnd <= d.start) {
                open.pop();
            }
            if (d.type == NodeType.HEADING) {
                open.push(d);
            } else if (d.type == NodeType.PARAGRAPH || d.type == NodeType.SENTENCE) {
                d.section = open.peek();
            }
        }
    }
}
