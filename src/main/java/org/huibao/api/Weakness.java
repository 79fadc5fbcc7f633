package org.huibao.api;


/** A rule's decision that a present element is perfunctory. Inserted by rules. */
public record Weakness(Element element, Message reason) {

    public static Weakness of(Element element, String zh, String en) {
        return new Weakness(element, new Message(zh, en));
    }
}
