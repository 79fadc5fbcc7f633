package org.huibao.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Numbering;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.PreviousSibling;
import org.huibao.api.SiblingGroup;

/** Each heading's previous sibling in each of its {@link SiblingGroup}s: one pass in heading order. */
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
}
