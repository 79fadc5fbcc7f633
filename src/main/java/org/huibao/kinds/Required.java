package org.huibao.kinds;

import java.util.List;
import org.huibao.config.ElementsLoader;
import org.huibao.config.RequiredRuleFiles;

/**
 * {@code kind: required}: a part or statement that reports of the given genres must have, declared as a
 * required element ({@link ElementsLoader#fromRule}). The configuration reads these rules when it is
 * loaded ({@link RequiredRuleFiles}), before the analysis is made, since their cues are matched with the
 * elements'; the element rules of rules/elements.drl judge them and report one missing under the rule's
 * id. Here its keys are known, so that the file passes the checks every rule file gets, and it makes no
 * rule of its own.
 */
final class Required implements Kind {

    @Override
    public String name() {
        return "required";
    }

    @Override
    public List<String> keys() {
        return ElementsLoader.RULE_FILE_ELEMENT_KEYS;
    }

    @Override
    public Check read(Fields rule, String id) {
        return null;
    }
}
