package org.huibao.api;


/**
 * A rule's decision that a present element is perfunctory (its quality becomes {@code weak}). Inserted by
 * rules (rules/elements.drl, rules/balance.drl).
 *
 * @param element the element
 * @param reason  why, in both languages: shown with the verdict
 */
public record Weakness(Element element, Message reason) {

    public static Weakness of(Element element, String zh, String en) {
        return new Weakness(element, new Message(zh, en));
    }
}
