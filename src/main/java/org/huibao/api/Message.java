package org.huibao.api;

/** A user-facing text in both languages the tool speaks. */
public record Message(String zh, String en) {

    public static final Message NONE = new Message("", "");

    public String in(Lang lang) {
        return lang == Lang.EN && !en.isEmpty() ? en : zh;
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }
}
