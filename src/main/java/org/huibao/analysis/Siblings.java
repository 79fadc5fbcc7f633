package org.huibao.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huibao.api.FirstSibling;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Numbering;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.PreviousSibling;
import org.huibao.api.SiblingGroup;

/**
 * Each heading's previous sibling in each of its {@link SiblingGroup}s, and the numbered headings that are
 * the first of their siblings to be something ({@link FirstSibling}): one pass in heading order.
 */
final class Siblings {
    private Siblings() {
    }

    private record Key(int parentId, Object group) {
    }

    static List<PreviousSibling> of(List<Heading> headings) {
        List<Heading> inOrder = new ArrayList<>(headings);
        inOrder.sort(Comparator.comparingInt(Heading::id));
        Map<Key, Integer> last = new HashMap<>();
        List<PreviousSibling> out = new ArrayList<>();
        for (Heading h : inOrder) {
            if (h.kind() == HeadingKind.NUMBERED) {
                follow(h, new Key(h.parentId(), "family " + Numbering.family(h.style())), SiblingGroup.FAMILY, last, out);
            } else if (h.kind() == HeadingKind.ENUMERATION) {
                follow(h, new Key(h.parentId(), h.style()), SiblingGroup.STYLE, last, out);
                // 首先，… 其次，… 第三，… is one list in changing styles
                if (h.style() == OrdinalStyle.SHI || h.style() == OrdinalStyle.DI || h.style() == OrdinalStyle.SEQUENCE) {
                    follow(h, new Key(h.parentId(), SiblingGroup.LIST), SiblingGroup.LIST, last, out);
                }
            }
        }
        return out;
    }

    private static void follow(Heading h, Key key, SiblingGroup group, Map<Key, Integer> last,
                               List<PreviousSibling> out) {
        Integer previous = last.put(key, h.id());
        if (previous != null) {
            out.add(new PreviousSibling(h.id(), previous, group));
        }
    }

    private record Level(int parentId, int level) {
    }

    /**
     * The {@link FirstSibling} facts of a report's headings.
     *
     * @param fullStops ids of the headings whose own line ends with a full stop
     */
    static List<FirstSibling> firsts(List<Heading> headings, Set<Integer> fullStops) {
        List<Heading> inOrder = new ArrayList<>(headings);
        inOrder.sort(Comparator.comparingInt(Heading::id));
        Map<Integer, Heading> byId = new HashMap<>();
        for (Heading h : inOrder) {
            byId.put(h.id(), h);
        }
        Set<Object> seen = new java.util.HashSet<>();
        Map<Level, String> firstShape = new HashMap<>();
        List<FirstSibling> out = new ArrayList<>();
        for (Heading h : inOrder) {
            if (h.kind() != HeadingKind.NUMBERED) {
                continue;
            }
            Level group = new Level(h.parentId(), h.level());
            String shape = Numbering.shape(h.ordinal());
            first(h, List.of(group, shape), FirstSibling.Of.SHAPE, seen, out);
            boolean circled = h.style() == OrdinalStyle.CIRCLED;
            if (!circled && !Numbering.wrongForm(h)) {
                String groupShape = firstShape.putIfAbsent(group, shape);
                if (groupShape == null) {
                    out.add(new FirstSibling(h.id(), FirstSibling.Of.WELL_FORMED));
                } else if (!groupShape.equals(shape)) {
                    first(h, List.of(group, "other shape"), FirstSibling.Of.OTHER_SHAPE, seen, out);
                }
            }
            if (!h.inline() && fullStops.contains(h.id())) {
                first(h, List.of(group, "full stop"), FirstSibling.Of.FULL_STOP, seen, out);
            }
            Heading parent = byId.get(h.parentId());
            if (!circled && parent != null && parent.kind() == HeadingKind.NUMBERED
                    && parent.style() != OrdinalStyle.CIRCLED && h.level() > parent.level() + 1) {
                first(h, List.of(parent.id(), "level skip"), FirstSibling.Of.LEVEL_SKIP, seen, out);
            }
        }
        return out;
    }

    private static void first(Heading h, Object key, FirstSibling.Of of, Set<Object> seen, List<FirstSibling> out) {
        if (seen.add(key)) {
            out.add(new FirstSibling(h.id(), of));
        }
    }
}
